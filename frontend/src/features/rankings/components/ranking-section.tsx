import { useState } from 'react';
import { App, Button, Card, Descriptions, Space, Tag } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { DownloadButton } from '@/lib/ui/download-button';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { WriteError } from '@/lib/ui/error-alert';
import { fetchRankingFile, useChangeRankingStatus, useComputeRanking, useRoundRanking } from '@/features/rankings/api/rankings';
import { RankingTable } from '@/features/rankings/components/ranking-table';
import { RankingChart } from '@/features/rankings/components/ranking-chart';
import { TieVotesForm } from '@/features/rankings/components/tie-votes-form';
import { mayRanking, type Ranking, type RankingStatus } from '@/features/rankings/types';

const statusColor: Record<RankingStatus, string> = { DRAFT: 'default', CONFIRMED: TAG_COLORS.blue, PUBLISHED: TAG_COLORS.green };

function Downloads({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation();
  return (
    <Space wrap align="start">
      <DownloadButton icon={<FileExcelOutlined aria-hidden />} fetchFile={() => fetchRankingFile(ranking.id, 'xlsx')}>
        {t('ranking.downloadXlsx')}
      </DownloadButton>
      <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchRankingFile(ranking.id, 'pdf')}>
        {t('ranking.downloadPdf')}
      </DownloadButton>
    </Space>
  );
}

/** Compute (or recompute the draft), confirm and publish, as the ranking's `permissions` list; a refusal shows the problem's detail. */
function RankingActions({
  roundId,
  ranking,
  canCompute,
  onReload,
}: {
  roundId: number;
  ranking: Versioned<Ranking> | null;
  canCompute: boolean;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const compute = useComputeRanking();
  const change = useChangeRankingStatus();
  const [error, setError] = useState<unknown>(null);
  const doCompute = async () => {
    setError(null);
    try {
      await compute.mutateAsync({ roundId, etag: ranking?.etag });
      void message.success(t('ranking.computed'));
    } catch (e) {
      setError(e);
    }
  };
  const step = (status: 'CONFIRMED' | 'PUBLISHED') => {
    if (!ranking) return;
    const label = t(status === 'CONFIRMED' ? 'ranking.confirm' : 'ranking.publish');
    modal.confirm({
      title: label,
      content: t(status === 'CONFIRMED' ? 'ranking.confirmQuestion' : 'ranking.publishQuestion'),
      okText: label,
      cancelText: t('common.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await change.mutateAsync({ id: ranking.data.id, etag: ranking.etag, status });
          void message.success(t(status === 'CONFIRMED' ? 'ranking.confirmed' : 'ranking.published'));
        } catch (e) {
          setError(e);
        }
      },
    });
  };
  const r = ranking?.data;
  const showCompute = r ? r.status === 'DRAFT' && mayRanking(r, 'COMPUTE') : canCompute;
  return (
    <div className="stack">
      <Space wrap>
        {showCompute ? (
          <Button type={r ? 'default' : 'primary'} loading={compute.isPending} onClick={() => void doCompute()}>
            {t(r ? 'ranking.recompute' : 'ranking.compute')}
          </Button>
        ) : null}
        {r && mayRanking(r, 'CONFIRM') ? (
          <Button type="primary" onClick={() => step('CONFIRMED')}>
            {t('ranking.confirm')}
          </Button>
        ) : null}
        {r && mayRanking(r, 'PUBLISH') ? (
          <Button type="primary" onClick={() => step('PUBLISHED')}>
            {t('ranking.publish')}
          </Button>
        ) : null}
      </Space>
      <WriteError error={error} onReload={onReload} />
    </div>
  );
}

/**
 * «Xếp hạng» in the scoring section: the round's ranking once computed (table, chart, tie votes, confirm, publish, downloads);
 * before that, the managers' «Tính xếp hạng» once the review is closed.
 */
export function RankingSection({ roundId, reviewClosed, manager }: { roundId: number; reviewClosed: boolean; manager: boolean }) {
  const { t } = useTranslation();
  const query = useRoundRanking(roundId);
  const reload = () => void query.refetch();
  return (
    <Card type="inner" title={<h3 className="card-heading">{t('ranking.title')}</h3>} id="ranking" data-testid="ranking-section">
      <QueryState query={query}>
        {(ranking) => (
          <div className="stack">
            {ranking ? (
              <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
                <Descriptions.Item label={t('ranking.status')}>
                  <Tag color={statusColor[ranking.data.status]}>{t(`ranking.statuses.${ranking.data.status}`)}</Tag>
                </Descriptions.Item>
                <Descriptions.Item label={t('ranking.computedAt')}>{formatDateTime(ranking.data.computedAt)}</Descriptions.Item>
                {ranking.data.status === 'PUBLISHED' ? (
                  <Descriptions.Item label={t('ranking.public.link')}>
                    <a href={paths.publicRanking(ranking.data.id)}>{window.location.origin + paths.publicRanking(ranking.data.id)}</a>
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            ) : (
              <p className="muted">{reviewClosed ? t('ranking.notComputed') : t('ranking.notYet')}</p>
            )}
            <RankingActions roundId={roundId} ranking={ranking} canCompute={manager && reviewClosed} onReload={reload} />
            {ranking ? (
              <>
                {mayRanking(ranking.data, 'RECORD_TIE_VOTES') && ranking.data.rows.some((r) => r.needsVote) ? (
                  <TieVotesForm key={ranking.etag} ranking={ranking} onReload={reload} />
                ) : null}
                <RankingTable ranking={ranking.data} />
                <RankingChart ranking={ranking.data} />
                <Downloads ranking={ranking.data} />
              </>
            ) : null}
          </div>
        )}
      </QueryState>
    </Card>
  );
}
