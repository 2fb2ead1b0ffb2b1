import { Checkbox, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListEditorModal } from '@/lib/ui/list-editor';
import { useReplaceAttendance } from '@/features/conferences/api/replace-attendance';
import { useTermMembers } from '@/features/conferences/api/list-term-members';
import { attendanceOf, type AttendeeInput, type Conference } from '@/features/conferences/types';

/**
 * The whole attendance, one row per delegate: the member unit, the delegate (if known), whether they vote for it
 * and, for the voting delegate, the absent registered delegate they act for (a substitute).
 */
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
  const members = useTermMembers(conference.data.termId, true);
  const mutation = useReplaceAttendance();
  const options = (members.data ?? []).map((m) => ({ value: m.id, label: m.name }));
  return (
    <ListEditorModal<AttendeeInput>
      title={t('conference.editAttendance')}
      initial={() => attendanceOf(conference.data)}
      save={(rows) =>
        mutation.mutateAsync({
          id: conference.data.id,
          etag: conference.etag,
          attendees: rows
            .filter((r) => r.unitId)
            .map((r) => ({
              ...r,
              delegateName: r.delegateName?.trim() || undefined,
              delegateTitle: r.delegateTitle?.trim() || undefined,
              substituteFor: (r.mayVote && r.substituteFor?.trim()) || undefined,
            })),
        })
      }
      saving={mutation.isPending}
      savedMessage={t('conference.saved')}
      onClose={onClose}
      onReload={onReload}
      testId="attendance-editor"
      layout="inline"
      rowClassName="attendee-row"
      newRow={() => ({ unitId: 0, mayVote: false })}
      addLabel={t('conference.addAttendee')}
      removeLabel={t('conference.remove')}
      renderRow={(row, i, change) => (
        <>
          <Select
            aria-label={`${t('conference.unit')} ${i + 1}`}
            style={{ minWidth: 260 }}
            showSearch
            optionFilterProp="label"
            value={row.unitId || undefined}
            options={options}
            onChange={(unitId: number) => change({ unitId })}
          />
          <Input
            aria-label={`${t('conference.delegateName')} ${i + 1}`}
            placeholder={t('conference.delegateName')}
            maxLength={200}
            value={row.delegateName ?? ''}
            onChange={(e) => change({ delegateName: e.target.value })}
          />
          <Input
            aria-label={`${t('conference.delegateTitle')} ${i + 1}`}
            placeholder={t('conference.delegateTitle')}
            maxLength={300}
            value={row.delegateTitle ?? ''}
            onChange={(e) => change({ delegateTitle: e.target.value })}
          />
          <Checkbox checked={row.mayVote} onChange={(e) => change({ mayVote: e.target.checked })}>
            {t('conference.mayVote')}
          </Checkbox>
          {/* only the voting delegate may act for the unit's absent registered delegate */}
          {row.mayVote ? (
            <Input
              aria-label={`${t('conference.substituteFor')} ${i + 1}`}
              placeholder={t('conference.substituteFor')}
              maxLength={200}
              value={row.substituteFor ?? ''}
              onChange={(e) => change({ substituteFor: e.target.value })}
            />
          ) : null}
        </>
      )}
    />
  );
}
