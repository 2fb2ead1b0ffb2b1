import { Input, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { TAG_COLORS } from '@/lib/ui/labels';
import { formatDate } from '@/lib/format/date';
import { useProvinces } from '@/features/provinces/api/list-provinces';
import { upperFirst, type Province } from '@/features/provinces/types';

const PAGE_SIZE = 20;
/** The 2025 reorganisation (Nghị quyết 202/2025/QH15) took effect on 01/7/2025: the day before shows the 63. */
const BEFORE_2025 = '2025-06-30';
const PERIODS = ['current', 'before2025'] as const;

/** Today in Asia/Ho_Chi_Minh, as yyyy-MM-dd. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export function ProvincesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const period = PERIODS.find((s) => s === params.get('period'));
  const page = Math.max(0, Number(params.get('page') ?? '0') || 0);
  const query = useProvinces({
    q: q || undefined,
    activeOn: period === 'current' ? today() : period === 'before2025' ? BEFORE_2025 : undefined,
    page,
    size: PAGE_SIZE,
    sort: 'code',
  });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const columns: ColumnsType<Province> = [
    { title: t('province.code'), dataIndex: 'code', key: 'code', width: 90 },
    { title: t('province.name'), key: 'name', render: (_, p) => <Link to={paths.province(p.id)}>{upperFirst(p.displayName)}</Link> },
    {
      title: t('province.status'),
      key: 'status',
      render: (_, p) =>
        p.activeTo ? (
          <Tag>{t('province.endedOn', { date: formatDate(p.activeTo) })}</Tag>
        ) : (
          <Tag color={TAG_COLORS.green}>{t('province.current')}</Tag>
        ),
    },
    { title: t('province.activeFrom'), key: 'from', responsive: ['md'], render: (_, p) => formatDate(p.activeFrom) },
  ];

  return (
    <>
      <PageHeader title={t('province.listTitle')} />
      <p className="muted">{t('province.intro')}</p>
      <div role="search" className="toolbar" aria-label={t('common.search')}>
        <div className="field">
          <label htmlFor="province-search" className="field-label">
            {t('province.searchLabel')}
          </label>
          <Input.Search
            id="province-search"
            key={q}
            defaultValue={q}
            allowClear
            enterButton={t('common.search')}
            onSearch={(value) => update({ q: value.trim() || undefined, page: undefined })}
            style={{ maxWidth: 420 }}
          />
        </div>
        <div className="field">
          <label htmlFor="province-period" className="field-label">
            {t('province.period')}
          </label>
          <Select
            id="province-period"
            value={period ?? ''}
            style={{ minWidth: 240 }}
            onChange={(value: string) => update({ period: value || undefined, page: undefined })}
            options={[
              { value: '', label: t('common.all') },
              { value: 'current', label: t('province.periodCurrent') },
              { value: 'before2025', label: t('province.periodBefore2025') },
            ]}
          />
        </div>
      </div>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<Province>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: query.isPending ? t('app.loading') : t('common.noResults') }}
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
