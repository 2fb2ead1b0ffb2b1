import { Input, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { useProvinceFilter } from '@/lib/province/province-choice';
import { paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { ButtonLink } from '@/lib/ui/button-link';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { TAG_COLORS } from '@/lib/ui/labels';
import { useBlocs } from '@/features/blocs/api/list-blocs';
import { BLOC_KINDS, BLOC_STATUSES, type Bloc } from '@/features/blocs/types';

const PAGE_SIZE = 20;

export function BlocsPage() {
  const { t } = useTranslation();
  const { isAdmin, isNational } = useAuth();
  const provinceId = useProvinceFilter();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kind = BLOC_KINDS.find((k) => k === params.get('kind'));
  const status = BLOC_STATUSES.find((s) => s === params.get('status'));
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const query = useBlocs({ provinceId, q: q || undefined, kind, status, page, size: PAGE_SIZE, sort: 'name' });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<Bloc> = [
    { title: t('bloc.name'), key: 'name', render: (_, b) => <Link to={paths.bloc(b.id)}>{b.name}</Link> },
    ...(isNational ? [{ title: t('province.column'), key: 'province', render: (_: unknown, b: Bloc) => b.provinceName }] : []),
    { title: t('bloc.kind'), key: 'kind', responsive: ['sm'], render: (_, b) => t(`enum.blocKind.${b.kind}`) },
    {
      title: t('bloc.status'),
      key: 'status',
      responsive: ['md'],
      render: (_, b) => (
        <Tag color={b.status === 'ACTIVE' ? TAG_COLORS.green : 'default'}>
          {t(`enum.blocStatus.${b.status}`)}
        </Tag>
      ),
    },
    ...(isAdmin
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, b: Bloc) => (
              <Link to={paths.blocEdit(b.id)} aria-label={`${t('common.edit')}: ${b.name}`}>
                {t('common.edit')}
              </Link>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('bloc.listTitle')}
        actions={
          isAdmin ? (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.blocNew()}>
              {t('bloc.new')}
            </ButtonLink>
          ) : null
        }
      />
      <div role="search" className="toolbar" aria-label={t('common.search')}>
        <div className="field">
          <label htmlFor="bloc-search" className="field-label">
            {t('bloc.searchLabel')}
          </label>
          <Input.Search
            id="bloc-search"
            key={q}
            defaultValue={q}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
            style={{ maxWidth: 480 }}
          />
        </div>
        <div className="field">
          <label htmlFor="bloc-kind" className="field-label">
            {t('bloc.kind')}
          </label>
          <Select
            id="bloc-kind"
            value={kind ?? ''}
            style={{ minWidth: 160 }}
            onChange={(value: string) => update({ kind: value || undefined, page: undefined })}
            options={[{ value: '', label: t('common.all') }, ...BLOC_KINDS.map((k) => ({ value: k, label: t(`enum.blocKind.${k}`) }))]}
          />
        </div>
        <div className="field">
          <label htmlFor="bloc-status" className="field-label">
            {t('bloc.status')}
          </label>
          <Select
            id="bloc-status"
            value={status ?? ''}
            style={{ minWidth: 160 }}
            onChange={(value: string) => update({ status: value || undefined, page: undefined })}
            options={[{ value: '', label: t('common.all') }, ...BLOC_STATUSES.map((s) => ({ value: s, label: t(`enum.blocStatus.${s}`) }))]}
          />
        </div>
      </div>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<Bloc>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: query.isPending ? t('app.loading') : q ? t('common.noResults') : t('bloc.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p) => update({ page: p > 1 ? String(p - 1) : undefined }),
        }}
      />
    </>
  );
}
