import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useRecordTermFromSources } from '@/features/terms/api/record-from-sources';
import { TERM_STATUSES, type Term, type TermStatus } from '@/features/terms/types';

interface Values {
  status: TermStatus;
  reason: string;
}

/** Records a past year as its sources give it, with the citation; sends the ETag of the term as it was when opened. */
export function RecordFromSourcesModal({
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
  const mutation = useRecordTermFromSources();
  const later = TERM_STATUSES.slice(TERM_STATUSES.indexOf(base.data.status) + 1);
  return (
    <Modal
      open={open}
      title={t('term.recordFromSources')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <div className="stack">
        <Alert type="info" showIcon title={t('term.recordFromSourcesIntro')} />
        {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        <Form<Values>
          form={form}
          name="term-from-sources"
          layout="vertical"
          initialValues={{ status: 'CLOSED' }}
          onFinish={(values) => {
            errors.clear();
            mutation.mutate(
              { id: base.data.id, etag: base.etag, record: { status: values.status, reason: values.reason.trim() } },
              {
                onSuccess: () => {
                  void message.success(t('term.recorded'));
                  onClose();
                },
                onError: errors.apply,
              },
            );
          }}
        >
          <Form.Item name="status" label={t('term.recordStatus')} rules={[{ required: true, message: t('common.required') }]}>
            <Select options={later.map((s) => ({ value: s, label: t(`enum.termStatus.${s}`) }))} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('term.recordReason')}
            extra={t('term.recordReasonHelp')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }, { max: 1000 }]}
          >
            <Input.TextArea rows={4} maxLength={1000} />
          </Form.Item>
        </Form>
      </div>
    </Modal>
  );
}
