import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListEditorModal } from '@/lib/ui/list-editor';
import { useTermRecordSources, type TermRecordSource } from '@/lib/ui/term-records';
import { useReplaceAgenda } from '@/features/conferences/api/replace-agenda';
import { agendaOf, type AgendaItemInput, type AgendaLinkKind, type Conference } from '@/features/conferences/types';

const NO_LINK = 'NONE';

/** The term's records of one kind to pick from (mounted once per kind: its source's hook stays the same). */
function RecordSelect({
  source,
  termId,
  label,
  value,
  onChange,
}: {
  source: TermRecordSource;
  termId: number;
  label: string;
  value?: number;
  onChange: (id: number) => void;
}) {
  const { t } = useTranslation();
  const records = source.useRecords(termId);
  return (
    <Select
      aria-label={label}
      style={{ minWidth: 320 }}
      showSearch
      optionFilterProp="label"
      placeholder={t('conference.pickRecord')}
      loading={records.isPending}
      status={records.isError ? 'error' : undefined}
      notFoundContent={records.isPending ? t('app.loading') : records.isError ? t('conference.recordsFailed') : t('conference.noRecords')}
      value={value}
      options={(records.data ?? []).map((r) => ({ value: r.id, label: r.title }))}
      onChange={onChange}
    />
  );
}

/** What an item is about: a kind (or none), then the term's record of that kind. */
function LinkFields({
  item,
  index,
  termId,
  linkedTitle,
  onChange,
}: {
  item: AgendaItemInput;
  index: number;
  termId: number;
  /** The title the read gave the item's current link (shown for a kind the SPA cannot offer). */
  linkedTitle?: string;
  onChange: (patch: Partial<AgendaItemInput>) => void;
}) {
  const { t } = useTranslation();
  const sources = useTermRecordSources();
  const source = sources.find((s) => s.kind === item.linkKind);
  const kinds: AgendaLinkKind[] = sources.map((s) => s.kind);
  if (item.linkKind && !source) kinds.push(item.linkKind);
  return (
    <Space wrap align="start">
      <Select
        aria-label={`${t('conference.linkKind')} ${index + 1}`}
        style={{ minWidth: 240 }}
        value={item.linkKind ?? NO_LINK}
        options={[
          { value: NO_LINK, label: t('conference.noLink') },
          ...kinds.map((k) => ({ value: k, label: t(`conference.linkKinds.${k}`), disabled: !sources.some((s) => s.kind === k) })),
        ]}
        onChange={(kind: AgendaLinkKind | typeof NO_LINK) =>
          onChange(kind === NO_LINK ? { linkKind: undefined, linkedId: undefined } : { linkKind: kind, linkedId: undefined })
        }
      />
      {source ? (
        <RecordSelect
          key={source.kind}
          source={source}
          termId={termId}
          label={`${t('conference.linkedRecord')} ${index + 1}`}
          value={item.linkedId}
          onChange={(linkedId) => onChange({ linkedId })}
        />
      ) : item.linkKind ? (
        <span className="muted">{linkedTitle ?? `#${item.linkedId}`}</span>
      ) : null}
    </Space>
  );
}

/** The agenda in order with each item's outcome (kết luận) and what it is about; items keep their ids when moved. */
export function AgendaModal({
  conference,
  onClose,
  onReload,
}: {
  conference: { data: Conference; etag: string };
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useReplaceAgenda();
  const linkedTitles = new Map(conference.data.agenda.map((i) => [i.id, i.linkedTitle]));
  return (
    <ListEditorModal<AgendaItemInput>
      title={t('conference.editAgenda')}
      initial={() => agendaOf(conference.data)}
      save={(items) =>
        mutation.mutateAsync({
          id: conference.data.id,
          etag: conference.etag,
          items: items.filter((i) => i.title.trim()).map((i) => ({ ...i, title: i.title.trim(), outcome: i.outcome?.trim() || undefined })),
        })
      }
      saving={mutation.isPending}
      savedMessage={t('conference.saved')}
      onClose={onClose}
      onReload={onReload}
      testId="agenda-editor"
      newRow={() => ({ title: '' })}
      addLabel={t('conference.addItem')}
      removeLabel={t('conference.remove')}
      reorder={{ up: t('conference.moveUp'), down: t('conference.moveDown') }}
      renderRow={(item, i, change) => (
        <>
          <Input
            aria-label={`${t('conference.itemTitle')} ${i + 1}`}
            maxLength={500}
            value={item.title}
            onChange={(e) => change({ title: e.target.value })}
          />
          <LinkFields
            item={item}
            index={i}
            termId={conference.data.termId}
            linkedTitle={item.id === undefined ? undefined : linkedTitles.get(item.id)}
            onChange={change}
          />
          <Input.TextArea
            aria-label={`${t('conference.outcome')} ${i + 1}`}
            placeholder={t('conference.outcome')}
            maxLength={4000}
            autoSize={{ minRows: 2 }}
            value={item.outcome ?? ''}
            onChange={(e) => change({ outcome: e.target.value })}
          />
        </>
      )}
    />
  );
}
