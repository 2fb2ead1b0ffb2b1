import { useState } from 'react';
import { Alert, App, Button, Card, Input, List, Modal, Select, Space } from 'antd';
import { CheckOutlined, CopyOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { recordAnchor } from '@/lib/routing/paths';
import { useErrorText, WriteError } from '@/lib/ui/error-alert';
import { QueryState } from '@/lib/ui/query-state';
import { useSchemes } from '@/features/schemes/api/list-schemes';
import { useScheme } from '@/features/schemes/api/get-scheme';
import { useCopyScheme } from '@/features/schemes/api/copy-scheme';
import { lastYearsScheme } from '@/features/schemes/api/last-years-scheme';
import { useChangeSchemeStatus } from '@/features/schemes/api/change-scheme-status';
import { useHeldConferences } from '@/features/schemes/api/list-held-conferences';
import { SchemeFormModal } from '@/features/schemes/components/scheme-form-modal';
import { SchemeStatusTag } from '@/features/schemes/components/scheme-status-tag';
import { SchemeTree } from '@/features/schemes/components/scheme-tree';
import { may, type Scheme, type SchemeSummary } from '@/features/schemes/types';

type Versioned = { data: Scheme; etag: string };

function AdoptModal({ scheme, onClose, onReload }: { scheme: Versioned; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const conferences = useHeldConferences(scheme.data.termId);
  const mutation = useChangeSchemeStatus();
  const [conferenceId, setConferenceId] = useState<number>();
  const [error, setError] = useState<unknown>(null);
  const adopt = async () => {
    setError(null);
    try {
      await mutation.mutateAsync({ id: scheme.data.id, etag: scheme.etag, change: { status: 'ADOPTED', conferenceId } });
      void message.success(t('scheme.adopted'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      title={t('scheme.adoptTitle', { no: scheme.data.versionNo })}
      okText={t('scheme.adopt')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: conferenceId == null, loading: mutation.isPending }}
      onOk={() => void adopt()}
      onCancel={onClose}
    >
      <div className="stack">
        <p>{t('scheme.adoptHelp')}</p>
        <QueryState query={conferences} isEmpty={(items) => items.length === 0} emptyText={t('scheme.noHeldConference')}>
          {(items) => (
            <>
              <label htmlFor={`scheme-adopt-${scheme.data.id}`}>{t('scheme.conference')}</label>
              <Select
                id={`scheme-adopt-${scheme.data.id}`}
                className="full-width"
                value={conferenceId}
                onChange={setConferenceId}
                options={items.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.heldOn)})` }))}
              />
            </>
          )}
        </QueryState>
        <WriteError error={error} onReload={onReload} />
      </div>
    </Modal>
  );
}

function RetireModal({ scheme, onClose, onReload }: { scheme: Versioned; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutation = useChangeSchemeStatus();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const draft = scheme.data.status === 'DRAFT';
  const label = draft ? t('scheme.discard') : t('scheme.retire');
  const retire = async () => {
    setError(null);
    try {
      await mutation.mutateAsync({ id: scheme.data.id, etag: scheme.etag, change: { status: 'RETIRED', reason: reason.trim() || undefined } });
      void message.success(t('scheme.saved'));
      onClose();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      open
      title={label}
      okText={label}
      cancelText={t('common.close')}
      okButtonProps={{ danger: true, disabled: draft && !reason.trim(), loading: mutation.isPending }}
      onOk={() => void retire()}
      onCancel={onClose}
    >
      <div className="stack">
        <p>{draft ? t('scheme.discardHelp') : t('scheme.retireHelp')}</p>
        <label htmlFor={`scheme-retire-${scheme.data.id}`}>{draft ? t('scheme.reason') : `${t('scheme.reason')} ${t('common.optional')}`}</label>
        <Input.TextArea id={`scheme-retire-${scheme.data.id}`} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        <WriteError error={error} onReload={onReload} />
      </div>
    </Modal>
  );
}

/** One version as the caller may see it, with only the actions its `permissions` list. */
function SchemeView({ scheme, onReload }: { scheme: Versioned; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = useCopyScheme();
  const [doing, setDoing] = useState<'edit' | 'adopt' | 'retire'>();
  const [error, setError] = useState<unknown>(null);
  const s = scheme.data;
  const close = () => setDoing(undefined);
  const copyIt = async () => {
    setError(null);
    try {
      const created = await copy.mutateAsync({ termId: s.termId, schemeId: s.id });
      void message.success(t('scheme.copied', { no: created.versionNo }));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stack" data-testid={`scheme-${s.id}`}>
      {s.adoptedAtConferenceTitle ? (
        <p>{t('scheme.adoptedAt', { title: s.adoptedAtConferenceTitle, date: formatDate(s.adoptedOn) })}</p>
      ) : null}
      {s.statusReason ? (
        <p>
          {t('scheme.reason')}: {s.statusReason}
        </p>
      ) : null}
      <Space wrap>
        {may(s, 'UPDATE') ? (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setDoing('edit')}>
            {t('scheme.edit')}
          </Button>
        ) : null}
        {may(s, 'ADOPT') ? (
          <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setDoing('adopt')}>
            {t('scheme.adopt')}
          </Button>
        ) : null}
        {may(s, 'COPY') ? (
          <Button icon={<CopyOutlined aria-hidden />} loading={copy.isPending} onClick={() => void copyIt()}>
            {t('scheme.copy')}
          </Button>
        ) : null}
        {may(s, 'RETIRE') ? (
          <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setDoing('retire')}>
            {s.status === 'DRAFT' ? t('scheme.discard') : t('scheme.retire')}
          </Button>
        ) : null}
      </Space>
      <WriteError error={error} onReload={onReload} />
      <SchemeTree scheme={s} />
      {doing === 'edit' ? <SchemeFormModal termId={s.termId} scheme={scheme} onClose={close} onReload={onReload} /> : null}
      {doing === 'adopt' ? <AdoptModal scheme={scheme} onClose={close} onReload={onReload} /> : null}
      {doing === 'retire' ? <RetireModal scheme={scheme} onClose={close} onReload={onReload} /> : null}
    </div>
  );
}

function SchemeDetail({ id }: { id: number }) {
  const query = useScheme(id);
  return <QueryState query={query}>{(v) => <SchemeView scheme={v} onReload={() => void query.refetch()} />}</QueryState>;
}

/** The current version: the adopted one, else the newest (the list comes newest first). */
function currentOf(items: SchemeSummary[]): number | undefined {
  return (items.find((s) => s.status === 'ADOPTED') ?? items[0])?.id;
}

function Versions({ items }: { items: SchemeSummary[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<number | null>();
  // until the reader picks one, the current version stays open (also after a copy or an adoption moves it)
  const open = chosen === undefined ? currentOf(items) : chosen;
  return (
    <List
      dataSource={items}
      rowKey="id"
      data-testid="schemes"
      renderItem={(s) => {
        const name = t('scheme.version', { no: s.versionNo });
        return (
          <List.Item id={recordAnchor('SCHEME_ADOPTION', s.id)}>
            <div className="stack full-width">
              <Space wrap>
                <strong>
                  {name}: {s.title}
                </strong>
                <SchemeStatusTag status={s.status} />
                {s.adoptedOn ? <span>{t('scheme.adoptedOn', { date: formatDate(s.adoptedOn) })}</span> : null}
                <span className="muted">{t('scheme.counts', { groups: s.groupCount, criteria: s.criterionCount, total: s.totalPoints })}</span>
                <Button
                  size="small"
                  aria-expanded={open === s.id}
                  aria-label={`${open === s.id ? t('scheme.hide') : t('scheme.details')}: ${name}`}
                  onClick={() => setChosen(open === s.id ? null : s.id)}
                >
                  {open === s.id ? t('scheme.hide') : t('scheme.details')}
                </Button>
              </Space>
              {open === s.id ? <SchemeDetail id={s.id} /> : null}
            </div>
          </List.Item>
        );
      }}
    />
  );
}

/** Copies the bloc's last year's scheme into a new draft of this term (the usual start of a year). */
function CopyLastYear({ termId, blocId, year }: { termId: number; blocId: number; year: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const copy = useCopyScheme();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setError(undefined);
    setBusy(true);
    try {
      const source = await lastYearsScheme(blocId, year);
      if (!source) setError(t('scheme.noLastYear', { year: year - 1 }));
      else await copy.mutateAsync({ termId, schemeId: source.id });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<CopyOutlined aria-hidden />} loading={busy} onClick={() => void run()}>
        {t('scheme.copyLastYear', { year: year - 1 })}
      </Button>
      {error ? <Alert type="warning" showIcon role="alert" title={error} /> : null}
    </>
  );
}

/** The term's scoring scheme (thang điểm): its versions, the current one's groups → criteria; managers draft and adopt. */
export function SchemesSection({ termId, blocId, year }: { termId: number; blocId?: number; year?: number }) {
  const { t } = useTranslation();
  const query = useSchemes(termId);
  const [creating, setCreating] = useState(false);
  return (
    <Card title={<h2 className="card-heading">{t('scheme.sectionTitle')}</h2>}>
      <div className="stack">
        {query.data?.permissions.includes('CREATE') ? (
          <Space wrap>
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              {t('scheme.create')}
            </Button>
            {blocId !== undefined && year !== undefined ? <CopyLastYear termId={termId} blocId={blocId} year={year} /> : null}
          </Space>
        ) : null}
        <QueryState query={query} isEmpty={(list) => list.items.length === 0} emptyText={t('scheme.none')}>
          {(list) => <Versions items={list.items} />}
        </QueryState>
        {creating ? <SchemeFormModal termId={termId} onClose={() => setCreating(false)} onReload={() => void query.refetch()} /> : null}
      </div>
    </Card>
  );
}
