import { useState } from 'react';
import { App, Button, Checkbox, Input, Modal, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';
import { ConflictAlert, ErrorAlert } from '@/lib/ui/error-alert';
import { useReplaceAttendance } from '@/features/conferences/api/replace-attendance';
import { useTermMembers } from '@/features/conferences/api/list-term-members';
import { attendanceOf, type AttendeeInput, type Conference } from '@/features/conferences/types';

/** The whole attendance, one row per delegate: the member unit, the delegate (if known) and whether they vote for it. */
export function AttendanceModal({
  conference,
  onClose,
  onReload,
}: {
  conference: { data: Conference; etag: string };
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const members = useTermMembers(conference.data.termId, true);
  const [rows, setRows] = useState<AttendeeInput[]>(() => attendanceOf(conference.data));
  const [error, setError] = useState<unknown>(null);
  const mutation = useReplaceAttendance();
  const options = (members.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  const change = (i: number, patch: Partial<AttendeeInput>) => setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const save = async () => {
    setError(null);
    try {
      await mutation.mutateAsync({
        id: conference.data.id,
        etag: conference.etag,
        attendees: rows
          .filter((r) => r.unitId)
          .map((r) => ({ ...r, delegateName: r.delegateName?.trim() || undefined, delegateTitle: r.delegateTitle?.trim() || undefined })),
      });
      void message.success(t('conference.saved'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  const stale = isApiError(error) && error.isStale;
  return (
    <Modal
      open
      width={900}
      title={t('conference.editAttendance')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {stale ? <ConflictAlert onReload={onReload} /> : error ? <ErrorAlert error={error} /> : null}
      <div className="stack" data-testid="attendance-editor">
        {rows.map((row, i) => (
          <Space key={i} wrap align="start" className="attendee-row">
            <Select
              aria-label={`${t('conference.unit')} ${i + 1}`}
              style={{ minWidth: 260 }}
              showSearch
              optionFilterProp="label"
              value={row.unitId || undefined}
              options={options}
              onChange={(unitId: number) => change(i, { unitId })}
            />
            <Input
              aria-label={`${t('conference.delegateName')} ${i + 1}`}
              placeholder={t('conference.delegateName')}
              maxLength={200}
              value={row.delegateName ?? ''}
              onChange={(e) => change(i, { delegateName: e.target.value })}
            />
            <Input
              aria-label={`${t('conference.delegateTitle')} ${i + 1}`}
              placeholder={t('conference.delegateTitle')}
              maxLength={300}
              value={row.delegateTitle ?? ''}
              onChange={(e) => change(i, { delegateTitle: e.target.value })}
            />
            <Checkbox checked={row.mayVote} onChange={(e) => change(i, { mayVote: e.target.checked })}>
              {t('conference.mayVote')}
            </Checkbox>
            <Button
              icon={<DeleteOutlined aria-hidden />}
              aria-label={`${t('conference.remove')} ${i + 1}`}
              onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
            />
          </Space>
        ))}
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => setRows((r) => [...r, { unitId: 0, mayVote: false }])}>
          {t('conference.addAttendee')}
        </Button>
      </div>
    </Modal>
  );
}
