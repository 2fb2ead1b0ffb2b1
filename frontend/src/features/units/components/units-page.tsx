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
import { formatDate } from '@/lib/format/date';
import { useUnits } from '@/features/units/api/list-units';
import { UNIT_KINDS, type Unit, type UnitKind } from '@/features/units/types';

const PAGE_SIZE = 20;

export function UnitsPage() {
  const { t } = useTranslation();
  const { isAdmin, isNational } = useAuth();
  const provinceId = useProvinceFilter();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const kindParam = params.get('kind');
  const kind = UNIT_KINDS.find((k) => k === kindParam);
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const query = useUnits({ provinceId, q: q || undefined, kind, page, size: PAGE_SIZE, sort: 'name' });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<Unit> = [
    { title: t('unit.code'), dataIndex: 'code', key: 'code', width: 160, responsive: ['sm'] },
    {
      title: t('unit.name'),
      key: 'name',
      render: (_, unit) => (
        <>
          <Link to={paths.unit(unit.id)}>{unit.name}</Link>
          <span className="muted xs-only"> ({unit.code})</span>
        </>
      ),
    },
    ...(isNational ? [{ title: t('province.column'), key: 'province', render: (_: unknown, u: Unit) => u.provinceName }] : []),
    {
      title: t('unit.kind'),
      key: 'kind',
      responsive: ['md'],
      render: (_, unit) => t(`enum.unitKind.${unit.kind}`),
    },
    {
      title: t('unit.status'),
      key: 'status',
      responsive: ['sm'],
      render: (_, unit) =>
        unit.activeTo ? (
          <Tag>
            {t('unit.inactive')} ({formatDate(unit.activeTo)})
          </Tag>
        ) : (
          <Tag color={TAG_COLORS.green}>
            {t('unit.active')}
          </Tag>
        ),
    },
    ...(isAdmin
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, unit: Unit) => (
              <Link to={paths.unitEdit(unit.id)} aria-label={`${t('common.edit')}: ${unit.name}`}>
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
        title={t('unit.listTitle')}
        actions={
          isAdmin ? (
            <ButtonLink type="primary" icon={<PlusOutlined aria-hidden />} to={paths.unitNew()}>
              {t('unit.new')}
            </ButtonLink>
          ) : null
        }
      />
      <div role="search" className="toolbar" aria-label={t('common.search')}>
        <div className="field">
          <label htmlFor="unit-search" className="field-label">
            {t('unit.searchLabel')}
          </label>
          <Input.Search
            id="unit-search"
            key={q}
            defaultValue={q}
            placeholder={t('unit.searchPlaceholder')}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
            style={{ maxWidth: 480 }}
          />
        </div>
        <div className="field">
          <label htmlFor="unit-kind" className="field-label">
            {t('unit.kindFilter')}
          </label>
          <Select
            id="unit-kind"
            value={kind ?? ''}
            style={{ minWidth: 160 }}
            onChange={(value: string) => update({ kind: value || undefined, page: undefined })}
            options={[
              { value: '', label: t('common.all') },
              ...UNIT_KINDS.map((k: UnitKind) => ({ value: k, label: t(`enum.unitKind.${k}`) })),
            ]}
          />
        </div>
      </div>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<Unit>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: query.isPending ? t('app.loading') : q ? t('common.noResults') : t('unit.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p) => update({ page: p > 1 ? String(p - 1) : undefined }),
        }}
        aria-label={t('unit.listTitle')}
      />
    </>
  );
}
