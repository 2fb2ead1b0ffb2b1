import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '@/lib/ui/labels';
import { useNarrow } from '@/lib/ui/use-narrow';
import { formatPoints, groupPoints, type Ranking, type RankingRow } from '@/features/rankings/types';

/** «Nhất», «Nhì», «Ba» for the first three places, then the number. */
export function usePlaceLabel(): (position: number) => string {
  const { t } = useTranslation();
  return (position) => (position >= 1 && position <= 3 ? t(`ranking.places.${position}`) : String(position));
}

function TieNote({ row }: { row: RankingRow }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      {row.decidedBy ? <Typography.Text type="secondary">{t('ranking.decidedBy', { how: t(`ranking.tieBreaks.${row.decidedBy}`) })}</Typography.Text> : null}
      {row.needsVote ? <Tag color={TAG_COLORS.brown}>{t('ranking.needsVote')}</Tag> : null}
      {row.votes !== undefined ? <Typography.Text type="secondary">{t('ranking.votes', { count: row.votes })}</Typography.Text> : null}
    </Space>
  );
}

function LastYear({ row }: { row: RankingRow }) {
  const { t } = useTranslation();
  if (row.lastYearPosition === undefined) return null;
  const moved = row.lastYearPosition - row.position;
  const arrow =
    moved > 0 ? (
      <span role="img" className="rank-up" style={{ color: TAG_COLORS.green }} aria-label={t('ranking.up', { count: moved })} title={t('ranking.up', { count: moved })}>
        ▲
      </span>
    ) : moved < 0 ? (
      <span role="img" className="rank-down" style={{ color: TAG_COLORS.red }} aria-label={t('ranking.down', { count: -moved })} title={t('ranking.down', { count: -moved })}>
        ▼
      </span>
    ) : (
      <span role="img" aria-label={t('ranking.same')} title={t('ranking.same')}>
        =
      </span>
    );
  return (
    <Space size={4}>
      {arrow}
      <span>{t('ranking.lastYearValue', { position: row.lastYearPosition, total: formatPoints(row.lastYearTotal) })}</span>
    </Space>
  );
}

/** On a phone: one card per unit, in rank order, its place and name as the title and its points listed below. */
function RankingCards({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation();
  const place = usePlaceLabel();
  return (
    <ol className="ranking-cards stack" data-testid="ranking-cards">
      {ranking.rows.map((r) => (
        <li key={r.unit.id}>
          <Card
            size="small"
            title={
              <Space size={8} wrap>
                <strong>{place(r.position)}</strong>
                <span>{r.unit.name}</span>
                {r.disqualified ? <Tag color={TAG_COLORS.red}>{t('ranking.disqualified')}</Tag> : null}
              </Space>
            }
            data-testid={`ranking-card-${r.unit.id}`}
          >
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('ranking.total')}>
                <strong>{formatPoints(r.total)}</strong>
              </Descriptions.Item>
              {ranking.groups.map((g) => (
                <Descriptions.Item key={g.code} label={`${t('ranking.group', { code: g.code })} · ${g.title}`}>
                  {formatPoints(groupPoints(r, g.code))}
                </Descriptions.Item>
              ))}
              <Descriptions.Item label={t('ranking.bonus')}>{formatPoints(r.bonus)}</Descriptions.Item>
              <Descriptions.Item label={t('ranking.penalty')}>{formatPoints(r.penalty)}</Descriptions.Item>
              {r.decidedBy !== undefined || r.needsVote || r.votes !== undefined ? (
                <Descriptions.Item label={t('ranking.tie')}>
                  <TieNote row={r} />
                </Descriptions.Item>
              ) : null}
              {r.lastYearPosition !== undefined ? (
                <Descriptions.Item label={t('ranking.lastYear')}>
                  <LastYear row={r} />
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </li>
      ))}
    </ol>
  );
}

/**
 * The ranking in rank order: place, unit, each group's points, bonus, penalty, total, disqualification, the tie's note, last year;
 * a table that scrolls sideways on a tablet, one card per unit on a phone.
 */
export function RankingTable({ ranking }: { ranking: Ranking }) {
  const { t } = useTranslation();
  const place = usePlaceLabel();
  const narrow = useNarrow();
  const anyTie = ranking.rows.some((r) => r.decidedBy !== undefined || r.needsVote || r.votes !== undefined);
  const anyLastYear = ranking.rows.some((r) => r.lastYearPosition !== undefined);
  if (narrow) return <RankingCards ranking={ranking} />;
  return (
    <Table<RankingRow>
      size="small"
      rowKey={(r) => r.unit.id}
      pagination={false}
      dataSource={ranking.rows}
      scroll={{ x: true }}
      data-testid="ranking-table"
      columns={[
        { title: t('ranking.position'), key: 'position', render: (_, r) => <strong>{place(r.position)}</strong> },
        {
          title: t('ranking.unit'),
          key: 'unit',
          render: (_, r) => (
            <Space size={4} wrap>
              <span>{r.unit.name}</span>
              {r.disqualified ? <Tag color={TAG_COLORS.red}>{t('ranking.disqualified')}</Tag> : null}
            </Space>
          ),
        },
        ...ranking.groups.map((g) => ({
          title: <span title={g.title}>{t('ranking.group', { code: g.code })}</span>,
          key: `group-${g.code}`,
          align: 'right' as const,
          render: (_: unknown, r: RankingRow) => formatPoints(groupPoints(r, g.code)),
        })),
        { title: t('ranking.bonus'), key: 'bonus', align: 'right', render: (_, r) => formatPoints(r.bonus) },
        { title: t('ranking.penalty'), key: 'penalty', align: 'right', render: (_, r) => formatPoints(r.penalty) },
        { title: t('ranking.total'), key: 'total', align: 'right', render: (_, r) => <strong>{formatPoints(r.total)}</strong> },
        ...(anyTie ? [{ title: t('ranking.tie'), key: 'tie', render: (_: unknown, r: RankingRow) => <TieNote row={r} /> }] : []),
        ...(anyLastYear ? [{ title: t('ranking.lastYear'), key: 'lastYear', render: (_: unknown, r: RankingRow) => <LastYear row={r} /> }] : []),
      ]}
    />
  );
}
