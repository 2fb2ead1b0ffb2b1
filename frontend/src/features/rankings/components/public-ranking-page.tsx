import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicRead } from '@/lib/api/use-public-read';
import { formatDateTime } from '@/lib/format/date';
import { PublicState } from '@/lib/ui/public-state';
import { getPublishedRanking } from '@/features/rankings/api/rankings';
import { RankingChart } from '@/features/rankings/components/ranking-chart';
import { RankingTable } from '@/features/rankings/components/ranking-table';

/**
 * A published ranking for everyone (kết quả xếp hạng công khai): the table and the chart, read from the
 * public endpoint without a token; a ranking not (yet) published is "not found", as the API says.
 */
export function PublicRankingPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const read = usePublicRead(() => getPublishedRanking(id), String(id));
  return (
    <main className="stack public-ranking" aria-busy={read === undefined}>
      <PublicState read={read} missingText={t('ranking.public.missing')}>
        {(ranking) => (
          <Card>
            <h1>{t('ranking.public.title', { year: ranking.termYear })}</h1>
            <p>{ranking.blocName}</p>
            {ranking.publishedAt ? <p className="muted">{t('ranking.public.publishedAt', { at: formatDateTime(ranking.publishedAt) })}</p> : null}
            <div className="stack">
              <RankingTable ranking={ranking} />
              <RankingChart ranking={ranking} />
            </div>
          </Card>
        )}
      </PublicState>
    </main>
  );
}
