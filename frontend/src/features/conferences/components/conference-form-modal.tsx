import { useState } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { useCreateConference } from '@/features/conferences/api/create-conference';
import { useUpdateConference } from '@/features/conferences/api/update-conference';
import { CONFERENCE_KINDS, inputOf, type Conference, type ConferenceInput } from '@/features/conferences/types';

const FIELDS = ['kind', 'title', 'heldOn', 'startTime', 'venue', 'chairName', 'chairTitle', 'secretaryName', 'secretaryTitle', 'guests'] as const;

type Values = Omit<ConferenceInput, 'heldOn'> & { heldOn: string };

const blank = (v?: string) => (v && v.trim() ? v.trim() : undefined);

/** Schedules a conference of the term, or edits one (postponing = changing its date), with the ETag read. */
export function ConferenceFormModal({
  termId,
  conference,
  onClose,
  onReload,
}: {
  termId: number;
  conference?: { data: Conference; etag: string };
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const create = useCreateConference();
  const update = useUpdateConference();
  const [pending, setPending] = useState(false);
  const initial = conference ? inputOf(conference.data) : { kind: 'MID_YEAR_REVIEW' as const };
  const submit = async (values: Values) => {
    errors.clear();
    setPending(true);
    const input: ConferenceInput = {
      ...(conference ? inputOf(conference.data) : {}),
      kind: values.kind,
      title: values.title.trim(),
      heldOn: toIsoDate(values.heldOn) ?? '',
      startTime: blank(values.startTime),
      venue: values.venue.trim(),
      chairName: blank(values.chairName),
      chairTitle: blank(values.chairTitle),
      secretaryName: blank(values.secretaryName),
      secretaryTitle: blank(values.secretaryTitle),
      guests: blank(values.guests),
    };
    try {
      if (conference) await update.mutateAsync({ id: conference.data.id, etag: conference.etag, input });
      else await create.mutateAsync({ termId, input });
      void message.success(t('conference.saved'));
      onClose();
    } catch (e) {
      errors.apply(e);
    } finally {
      setPending(false);
    }
  };
  return (
    <Modal
      open
      title={conference ? t('conference.edit') : t('conference.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {errors.conflict ? <ConflictAlert onReload={onReload} /> : null}
      {errors.general ? <ErrorAlert error={errors.general} /> : null}
      <Form
        form={form}
        // its own ids (conference_title, …): the term page's inline forms have fields of the same names
        name={conference ? `conference-${conference.data.id}` : 'conference-create'}
        layout="vertical"
        initialValues={{ ...initial, heldOn: toDisplayDate(conference?.data.heldOn) }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="kind" label={t('conference.kind')} rules={[{ required: true, message: t('common.required') }]}>
          <Select options={CONFERENCE_KINDS.map((k) => ({ value: k, label: t(`conference.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('conference.title')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="heldOn" label={t('conference.heldOn')} rules={dateRule(t, true)}>
          <Input placeholder={t('common.dateFormat')} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="startTime" label={t('conference.startTime')} rules={[{ pattern: /^([01][0-9]|2[0-3]):[0-5][0-9]$/, message: 'hh:mm' }]}>
          <Input placeholder="08:00" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="venue" label={t('conference.venue')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="chairName" label={t('conference.chairName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="chairTitle" label={t('conference.chairTitle')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="secretaryName" label={t('conference.secretaryName')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="secretaryTitle" label={t('conference.secretaryTitle')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="guests" label={t('conference.guests')}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
