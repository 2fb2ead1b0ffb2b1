import { App, Card, Descriptions, Table } from 'antd';
import { EditOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format/date';
import { idParam, paths } from '@/lib/routing/paths';
import { ButtonLink } from '@/lib/ui/button-link';
import { DeleteButton } from '@/lib/ui/delete-button';
import type { Versioned } from '@/lib/api/client';
import { DecisionText, FromSourcesTag, TermStatusTag } from '@/lib/ui/labels';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { PageHeader } from '@/lib/ui/page-header';
import { PublicPageLink } from '@/lib/ui/public-page-link';
import { QueryState } from '@/lib/ui/query-state';
import { ProvinceLink } from '@/lib/province/province-link';
import { useBloc } from '@/features/blocs/api/get-bloc';
import { useDeleteBloc } from '@/features/blocs/api/delete-bloc';
import { useBlocTerms } from '@/features/blocs/api/list-bloc-terms';
import type { Bloc, Term } from '@/features/blocs/types';

function BlocTerms({ blocId }: { blocId: number }) {
  const { t } = useTranslation();
  const query = useBlocTerms(blocId);
  return (
    <QueryState query={query} isEmpty={(p) => p.items.length === 0} emptyText={t('bloc.noTerms')}>
      {(page) => (
        <Table<Term>
          rowKey="id"
          pagination={false}
          dataSource={page.items}
          columns={[
            { title: t('term.year'), key: 'year', render: (_, term) => <Link to={paths.term(term.id)}>{term.year}</Link> },
            { title: t('term.status'), key: 'status', render: (_, term) => (
                <>
                  <TermStatusTag status={term.status} />
                  <FromSourcesTag recorded={term.recordedFromSources} reason={term.sourcesReason} />
                </>
              ),
            },
            { title: t('term.leader'), key: 'leader', responsive: ['md'], render: (_, term) => term.leader?.name ?? t('common.none') },
            { title: t('term.deputy'), key: 'deputy', responsive: ['lg'], render: (_, term) => term.deputy?.name ?? t('common.none') },
            { title: t('term.memberCount'), key: 'count', responsive: ['sm'], render: (_, term) => term.memberCount },
          ]}
        />
      )}
    </QueryState>
  );
}

function BlocView({ bloc }: { bloc: Bloc }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  return (
    <div className="stack">
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('province.label')}>
            <ProvinceLink id={bloc.provinceId} name={bloc.provinceName} />
          </Descriptions.Item>
          <Descriptions.Item label={t('bloc.kind')}>{t(`enum.blocKind.${bloc.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('bloc.status')}>
            {t(`enum.blocStatus.${bloc.status}`)}
            {bloc.dissolvedOn ? ` (${formatDate(bloc.dissolvedOn)})` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('bloc.foundingDecision')} span={2}>
            <DecisionText decision={bloc.foundingDecision} />
          </Descriptions.Item>
          {bloc.description ? (
            <Descriptions.Item label={t('bloc.description')} span={2}>
              {bloc.description}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card
        title={<h2 className="card-heading">{t('bloc.terms')}</h2>}
        extra={
          isAdmin ? (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.termNew(bloc.id)}>
              {t('bloc.newTerm')}
            </ButtonLink>
          ) : null
        }
      >
        <BlocTerms blocId={bloc.id} />
      </Card>
    </div>
  );
}

function AdminActions({ bloc, onReload }: { bloc: Versioned<Bloc>; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const deletion = useDeleteBloc();
  const id = bloc.data.id;
  return (
    <>
      <ButtonLink icon={<EditOutlined aria-hidden />} to={paths.blocEdit(id)}>
        {t('common.edit')}
      </ButtonLink>
      <ButtonLink icon={<HistoryOutlined aria-hidden />} to={paths.audit({ entityType: 'Bloc', entityId: id })}>
        {t('common.history')}
      </ButtonLink>
      <DeleteButton
        confirmTitle={t('delete.blocTitle')}
        confirmText={t('delete.blocText', { name: bloc.data.name })}
        conflictText={t('delete.blocConflict')}
        onReload={onReload}
        onDelete={async () => {
          await deletion.mutateAsync({ id, etag: bloc.etag });
          void message.success(t('delete.deleted'));
          void navigate(paths.blocs());
        }}
      />
    </>
  );
}

function Loader({ id }: { id: number }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const query = useBloc(id);
  const bloc = query.data?.data;
  return (
    <>
      <PageHeader
        title={bloc?.name ?? t('bloc.listTitle')}
        actions={
          <>
            <PublicPageLink href={paths.publicBlocLeaders(id)} testId="public-leaders-link">
              {t('publicPages.blocLeadersLink')}
            </PublicPageLink>
            <PublicPageLink href={paths.publicAwards({ blocId: id })}>{t('publicPages.blocAwardsLink')}</PublicPageLink>
            {isAdmin && query.data ? <AdminActions bloc={query.data} onReload={() => void query.refetch()} /> : null}
          </>
        }
      />
      <QueryState query={query}>{(v) => <BlocView bloc={v.data} />}</QueryState>
    </>
  );
}

export function BlocDetailPage() {
  const id = idParam(useParams().id);
  if (id === undefined) return <NotFoundInline />;
  return <Loader id={id} />;
}
