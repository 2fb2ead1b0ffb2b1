import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useChangeTermStatus } from '@/features/terms/api/change-term-status';
import { TERM_STATUSES, type Term, type TermStatus } from '@/features/terms/types';

interface Values {
  status: TermStatus;
  reason?: string;
}

/** Moves a term to another status, sending the ETag of the term as it was when the dialog opened. */
export function StatusChangeModal({
  term,
  open,
  onClose,
  onReload,
}: {
  term: Versioned<Term>;
  open: boolean;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [base] = useState(term);
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, ['status', 'reason']);
  const mutation = useChangeTermStatus();
  const currentIndex = TERM_STATUSES.indexOf(base.data.status);
  const next = TERM_STATUSES[currentIndex + 1];
  return (
    <Modal
      open={open}
      title={t('term.changeStatus')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      {errors.general ? <ErrorAlert error={errors.general} /> : null}
      <Form<Values>
        form={form}
        name="term-status"
        layout="vertical"
        initialValues={{ status: next ?? base.data.status }}
        onFinish={(values) => {
          errors.clear();
          mutation.mutate(
            { id: base.data.id, etag: base.etag, change: { status: values.status, reason: values.reason?.trim() || undefined } },
            {
              onSuccess: () => {
                void message.success(t('term.statusChanged'));
                onClose();
              },
              onError: errors.apply,
            },
          );
        }}
      >
        <Form.Item name="status" label={t('term.newStatus')} rules={[{ required: true, message: t('common.required') }]}>
          <Select
            options={TERM_STATUSES.filter((s) => s !== base.data.status).map((s) => ({ value: s, label: t(`enum.termStatus.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('term.statusReason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
