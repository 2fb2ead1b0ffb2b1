import { useEffect, useState } from 'react';
import { Button, Card, InputNumber, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicRead } from '@/lib/api/use-public-read';
import { paths, type PublicAwardsFilter } from '@/lib/routing/paths';
import { DecisionText, TAG_COLORS } from '@/lib/ui/labels';
import { PublicState } from '@/lib/ui/public-state';
import { listPublishedAwards } from '@/features/awards/api/public-awards';

const PAGE_SIZE = 50;

/**
 * «Khen thưởng đã có quyết định» for everyone, read without a token: the decided awards of a province, a
 * bloc or a year as the API filters them (newest year first), a page at a time; the filters are the
 * page's address (/public/awards?blocId=7&year=2023), so a filtered list can be shared and printed.
 */
export function PublicAwardsPage({ filter: initial }: { filter: PublicAwardsFilter }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<PublicAwardsFilter>(initial);
  const [year, setYear] = useState<number | null>(initial.year ?? null);
  const [page, setPage] = useState(0);
  const read = usePublicRead(() => listPublishedAwards(filter, page, PAGE_SIZE), JSON.stringify([filter, page]));
  useEffect(() => {
    window.history.replaceState(null, '', paths.publicAwards(filter));
    document.title = `${t('publicPages.awards.heading')} · ThiĐua`;
  }, [filter, t]);
  const apply = (next: PublicAwardsFilter) => {
    setFilter(next);
    setPage(0);
  };
  const first = read && 'data' in read ? read.data.items[0] : undefined;
  return (
    <main className="stack public-page-main" aria-busy={read === undefined}>
      <Card>
        <h1 className="public-heading">{t('publicPages.awards.heading')}</h1>
        <form
          className="public-filters no-print"
          aria-label={t('publicPages.awards.filters')}
          onSubmit={(e) => {
            e.preventDefault();
            apply({ ...filter, year: year ?? undefined });
          }}
        >
          <Space wrap align="end">
            <div className="field">
              <label htmlFor="public-awards-year" className="field-label">
                {t('publicPages.awards.year')}
              </label>
              <InputNumber id="public-awards-year" min={1945} max={2200} precision={0} placeholder={t('publicPages.awards.allYears')} value={year} onChange={(v) => setYear(typeof v === 'number' ? v : null)} />
            </div>
            <Button type="primary" htmlType="submit">
              {t('publicPages.awards.apply')}
            </Button>
            {filter.blocId !== undefined || filter.provinceId !== undefined || filter.year !== undefined ? (
              <Button
                onClick={() => {
                  setYear(null);
                  apply({});
                }}
              >
                {t('publicPages.awards.clear')}
              </Button>
            ) : null}
          </Space>
        </form>
        {filter.blocId !== undefined && first ? <p data-testid="public-awards-bloc">{t('publicPages.awards.ofBloc', { bloc: first.blocName })}</p> : null}
        {filter.provinceId !== undefined && first ? <p>{t('publicPages.awards.ofProvince', { code: first.provinceCode })}</p> : null}
      </Card>
      <PublicState read={read} missingText={t('publicPages.awards.missing')}>
        {(data) =>
          data.items.length === 0 ? (
            <p role="status">{t('publicPages.awards.none')}</p>
          ) : (
            <Card>
              <p className="muted">{t('publicPages.awards.total', { count: data.total })}</p>
              <Table
                size="small"
                data-testid="public-awards"
                rowKey={(a) => `${a.proposalId}-${a.unit.id}-${a.award}`}
                dataSource={data.items}
                scroll={{ x: true }}
                pagination={
                  data.total > PAGE_SIZE ? { current: page + 1, pageSize: PAGE_SIZE, total: data.total, showSizeChanger: false, onChange: (p) => setPage(p - 1) } : false
                }
                columns={[
                  { title: t('award.year'), render: (_, a) => a.year },
                  { title: t('publicPages.awards.unit'), render: (_, a) => a.unit.name },
                  {
                    title: t('award.award'),
                    render: (_, a) => (
                      <>
                        <Tag color={a.award === 'FLAG' ? TAG_COLORS.red : TAG_COLORS.blue}>{a.awardLabel}</Tag>
                        {a.downgraded ? <span className="muted">{t('award.downgraded')}</span> : null}
                      </>
                    ),
                  },
                  { title: t('award.bloc'), render: (_, a) => <a href={paths.publicBlocLeaders(a.blocId)}>{a.blocName}</a> },
                  { title: t('publicPages.awards.province'), render: (_, a) => a.provinceCode },
                  { title: t('award.decision'), render: (_, a) => <DecisionText decision={a.decision} /> },
                ]}
              />
            </Card>
          )
        }
      </PublicState>
    </main>
  );
}
