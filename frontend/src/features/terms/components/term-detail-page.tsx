import { Suspense, useState } from 'react';
import { Alert, App, Button, Card, Descriptions } from 'antd';
import { EditOutlined, FileSearchOutlined, HistoryOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { useAuth } from '@/lib/auth/auth-context';
import { idParam, paths } from '@/lib/routing/paths';
import { ButtonLink } from '@/lib/ui/button-link';
import { DeleteButton } from '@/lib/ui/delete-button';
import { DecisionText, FromSourcesTag, TermStatusTag } from '@/lib/ui/labels';
import { todayIso } from '@/lib/format/date';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { ProvinceLink } from '@/lib/province/province-link';
import { useTerm } from '@/features/terms/api/get-term';
import { useDeleteTerm } from '@/features/terms/api/delete-term';
import { AddMemberForm } from '@/features/terms/components/add-member-form';
import { DecisionFilesSection } from '@/features/terms/components/decision-files-section';
import { MembersSection } from '@/features/terms/components/members-section';
import { RecordFromSourcesModal } from '@/features/terms/components/record-from-sources-modal';
import { RosterDownloadButton } from '@/features/terms/components/roster-download-button';
import { StatusChangeModal } from '@/features/terms/components/status-change-modal';
import { mayRecordFromSources, type Term } from '@/features/terms/types';
import { useTermSections } from '@/lib/ui/term-sections';

function UnitRefLink({ unit }: { unit?: { id: number; name: string; code: string } }) {
  const { t } = useTranslation();
  if (!unit) return <span className="muted">{t('common.none')}</span>;
  return (
    <Link to={paths.unit(unit.id)}>
      {unit.name} <span className="muted">({unit.code})</span>
    </Link>
  );
}

function TermView({ term }: { term: Term }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const sections = useTermSections();
  const r = term.rules;
  const closed = term.status === 'CLOSED';
  return (
    <div className="stack">
      {closed ? <Alert type="info" showIcon title={t('term.readOnlyClosed')} /> : null}
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('term.bloc')}>
            <Link to={paths.bloc(term.blocId)}>{term.blocName}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('term.year')}>{term.year}</Descriptions.Item>
          <Descriptions.Item label={t('province.inYear')}>
            <ProvinceLink id={term.provinceId} name={term.provinceName} />
          </Descriptions.Item>
          <Descriptions.Item label={t('term.status')}>
            <TermStatusTag status={term.status} />
            <FromSourcesTag recorded={term.recordedFromSources} reason={term.sourcesReason} />
          </Descriptions.Item>
          <Descriptions.Item label={t('term.memberCount')}>{term.memberCount}</Descriptions.Item>
          <Descriptions.Item label={t('term.leader')}>
            <span data-testid="term-leader">
              <UnitRefLink unit={term.leader} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('term.deputy')}>
            <span data-testid="term-deputy">
              <UnitRefLink unit={term.deputy} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('term.decision')} span={2}>
            <DecisionText decision={term.decision} />
          </Descriptions.Item>
          {term.recordedFromSources ? (
            <Descriptions.Item label={t('term.sourcesReason')} span={2}>
              <span data-testid="term-sources-reason" className="pre-wrap">
                {term.sourcesReason}
              </span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={<h2 className="card-heading">{t('term.rules')}</h2>}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('term.leaderSelection')}>{t(`enum.leaderSelection.${r.leaderSelection}`)}</Descriptions.Item>
          <Descriptions.Item label={t('term.quorum')}>
            {t('term.quorumValue', { n: r.quorumNumerator, d: r.quorumDenominator })}
          </Descriptions.Item>
          <Descriptions.Item label={t('term.threshold')}>
            {t('term.thresholdValue', {
              op: r.winningThresholdInclusive ? '≥' : '>',
              percent: r.winningThresholdPercent,
              base: t(`enum.thresholdBase.${r.winningThresholdBase}`),
            })}
          </Descriptions.Item>
          <Descriptions.Item label={t('term.flagQuota')}>{r.flagQuota}</Descriptions.Item>
          <Descriptions.Item label={t('term.certificateQuota')}>{r.certificateQuota}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 className="card-heading">{t('files.title')}</h2>}>
        <DecisionFilesSection termId={term.id} canUpload={isAdmin && !closed} />
      </Card>
      {sections.map((section) =>
        section.titleKey ? (
          <Card key={section.key} title={<h2 className="card-heading">{t(section.titleKey)}</h2>}>
            {section.render(term)}
          </Card>
        ) : (
          <Suspense key={section.key} fallback={null}>
            {section.render(term)}
          </Suspense>
        ),
      )}
      <Card title={<h2 className="card-heading">{t('term.members')}</h2>} extra={<RosterDownloadButton term={term} />}>
        <div className="stack">
          <MembersSection termId={term.id} canEdit={isAdmin} closed={closed} />
          {isAdmin ? (
            <section aria-labelledby="add-member-heading" className="subsection">
              <h3 id="add-member-heading" className="subheading">
                {t('term.addMember')}
              </h3>
              <AddMemberForm termId={term.id} closed={closed} />
            </section>
          ) : null}
        </div>
      </Card>
    </div>
  );
}

function AdminActions({ term, onReload }: { term: Versioned<Term>; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [sourcesOpen, setSourcesOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const deletion = useDeleteTerm();
  return (
    <>
      <ButtonLink icon={<EditOutlined aria-hidden />} to={paths.termEdit(term.data.id)}>
        {t('common.edit')}
      </ButtonLink>
      <Button icon={<SwapOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('term.changeStatus')}
      </Button>
      {mayRecordFromSources(term.data, todayIso()) ? (
        <Button icon={<FileSearchOutlined aria-hidden />} onClick={() => setSourcesOpen(true)}>
          {t('term.recordFromSources')}
        </Button>
      ) : null}
      <ButtonLink icon={<HistoryOutlined aria-hidden />} to={paths.audit({ entityType: 'Term', entityId: term.data.id })}>
        {t('common.history')}
      </ButtonLink>
      <DeleteButton
        confirmTitle={t('delete.termTitle')}
        confirmText={t('delete.termText', { year: term.data.year, bloc: term.data.blocName })}
        conflictText={t('delete.termConflict')}
        onReload={() => void onReload()}
        onDelete={async () => {
          await deletion.mutateAsync({ id: term.data.id, etag: term.etag });
          void message.success(t('delete.deleted'));
          void navigate(paths.bloc(term.data.blocId));
        }}
      />
      {open ? (
        <StatusChangeModal
          key={generation}
          term={term}
          open={open}
          onClose={() => setOpen(false)}
          onReload={() => void onReload().then(() => setGeneration((g) => g + 1))}
        />
      ) : null}
      {sourcesOpen ? (
        <RecordFromSourcesModal
          key={`sources-${generation}`}
          term={term}
          open={sourcesOpen}
          onClose={() => setSourcesOpen(false)}
          onReload={() => void onReload().then(() => setGeneration((g) => g + 1))}
        />
      ) : null}
    </>
  );
}

function Loader({ id }: { id: number }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const query = useTerm(id);
  const term = query.data?.data;
  return (
    <>
      <PageHeader
        title={term ? t('term.title', { bloc: term.blocName, year: term.year }) : t('term.view')}
        actions={isAdmin && query.data ? <AdminActions term={query.data} onReload={() => query.refetch()} /> : null}
      />
      <QueryState query={query}>{(v) => <TermView term={v.data} />}</QueryState>
    </>
  );
}

export function TermDetailPage() {
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return <Loader id={id} />;
}
