import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { DecisionFields, decisionToForm, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import {
  getUnitSuccession,
  useCorrectUnitSuccession,
  useWithdrawUnitSuccession,
} from '@/features/units/api/amend-unit-succession';
import type { UnitSuccession } from '@/features/units/types';

interface CorrectValues {
  effectiveDate?: string;
  decision?: DecisionFormValues;
  newName?: string;
  newShortName?: string;
  reason?: string;
}

/** The succession as the server has it now, with the ETag a correction or withdrawal sends back. */
function useFresh(id: number) {
  return useQuery({ queryKey: ['units', 'succession', id], queryFn: () => getUnitSuccession(id), staleTime: 0 });
}

function CorrectModal({ succession, onClose }: { succession: UnitSuccession; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectValues>();
  const errors = useFormErrors(form, ['effectiveDate', 'decision', 'newName', 'newShortName', 'reason']);
  const fresh = useFresh(succession.id);
  const mutation = useCorrectUnitSuccession();
  const required = [{ required: true, whitespace: true, message: t('common.required') }];
  const submit = (values: CorrectValues) => {
    if (!fresh.data) return;
    errors.clear();
    mutation.mutate(
      {
        id: succession.id,
        etag: fresh.data.etag,
        input: {
          effectiveDate: toIsoDate(values.effectiveDate) ?? '',
          decision: formToDecision(values.decision) ?? { number: '', date: '', issuer: '' },
          newName: succession.kind === 'RENAME' ? values.newName?.trim() : undefined,
          newShortName: succession.kind === 'RENAME' ? values.newShortName?.trim() || undefined : undefined,
          reason: values.reason?.trim() ?? '',
        },
      },
      {
        onSuccess: () => {
          void message.success(t('succession.corrected'));
          onClose();
        },
        onError: errors.apply,
      },
    );
  };
  return (
    <Modal
      open
      width={720}
      title={t('succession.correctTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !fresh.data || errors.conflict }}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<CorrectValues>
        form={form}
        name="succession-correction"
        layout="vertical"
        onFinish={submit}
        initialValues={{
          effectiveDate: toDisplayDate(succession.effectiveDate),
          decision: decisionToForm(succession.decision),
          newName: succession.newName ?? undefined,
          newShortName: succession.newShortName ?? undefined,
        }}
      >
        <p className="muted">{t('succession.correctHelp')}</p>
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        {fresh.error ? <ErrorAlert error={fresh.error} /> : null}
        {errors.conflict ? <Alert type="warning" role="alert" showIcon title={t('succession.stale')} /> : null}
        <Form.Item name="effectiveDate" label={t('succession.effectiveDate')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} style={{ maxWidth: 180 }} />
        </Form.Item>
        {succession.kind === 'RENAME' ? (
          <>
            <Form.Item name="newName" label={t('succession.newName')} rules={required}>
              <Input maxLength={255} />
            </Form.Item>
            <Form.Item name="newShortName" label={t('succession.newShortName')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        ) : null}
        <DecisionFields name="decision" legend={t('succession.decision')} form={form} required />
        <Form.Item name="reason" label={t('succession.reason')} rules={required}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function WithdrawModal({ succession, onClose }: { succession: UnitSuccession; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason?: string }>();
  const errors = useFormErrors(form, ['reason']);
  const fresh = useFresh(succession.id);
  const mutation = useWithdrawUnitSuccession();
  return (
    <Modal
      open
      title={t('succession.withdrawTitle')}
      okText={t('succession.withdraw')}
      okButtonProps={{ danger: true, disabled: !fresh.data || errors.conflict }}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        name="succession-withdrawal"
        layout="vertical"
        onFinish={(values) => {
          if (!fresh.data) return;
          errors.clear();
          mutation.mutate(
            { id: succession.id, etag: fresh.data.etag, reason: values.reason?.trim() ?? '' },
            {
              onSuccess: () => {
                void message.success(t('succession.withdrawn'));
                onClose();
              },
              onError: errors.apply,
            },
          );
        }}
      >
        <p>{t('succession.withdrawText')}</p>
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        {fresh.error ? <ErrorAlert error={fresh.error} /> : null}
        {errors.conflict ? <Alert type="warning" role="alert" showIcon title={t('succession.stale')} /> : null}
        <Form.Item name="reason" label={t('succession.reason')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input.TextArea maxLength={1000} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** "Sửa" and "Thu hồi" on a recorded succession (admins; the server checks province and state). */
export function SuccessionActions({ succession }: { succession: UnitSuccession }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'correct' | 'withdraw' | null>(null);
  if (succession.status === 'WITHDRAWN') return null;
  return (
    <>
      <Space size="small" wrap>
        <Button size="small" onClick={() => setOpen('correct')}>
          {t('succession.correct')}
        </Button>
        <Button size="small" danger onClick={() => setOpen('withdraw')}>
          {t('succession.withdraw')}
        </Button>
      </Space>
      {open === 'correct' ? <CorrectModal succession={succession} onClose={() => setOpen(null)} /> : null}
      {open === 'withdraw' ? <WithdrawModal succession={succession} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
