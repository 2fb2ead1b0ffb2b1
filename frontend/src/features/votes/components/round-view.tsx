import { Descriptions, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format/date';
import { TAG_COLORS } from '@/lib/ui/labels';
import type { VoteRound, VoteStatus } from '@/features/votes/types';

const statusColor: Record<VoteStatus, string> = {
  DRAFT: 'default',
  OPEN: TAG_COLORS.blue,
  CLOSED: TAG_COLORS.brown,
  TALLIED: TAG_COLORS.purple,
  NO_RESULT: TAG_COLORS.red,
  CERTIFIED: TAG_COLORS.green,
  VOID: 'default',
};

export function VoteStatusTag({ status }: { status: VoteStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status]}>{t(`vote.statuses.${status}`)}</Tag>;
}

/** A round's counts: they exist only once tallied (the API gives none before), for whoever the API shows them to. */
export function RoundCounts({ round }: { round: VoteRound }) {
  const { t } = useTranslation();
  const tallied = round.candidates.some((c) => c.votes != null);
  return (
    <div className="stack" data-testid={`round-${round.number}`}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('vote.status')}>
          <VoteStatusTag status={round.status} />
        </Descriptions.Item>
        {round.publishedAt ? (
          <Descriptions.Item label={t('vote.resultsPage.publishedLabel')}>{formatDateTime(round.publishedAt)}</Descriptions.Item>
        ) : null}
        {round.ballotsReceived != null ? (
          <Descriptions.Item label={t('vote.votes')} span={2}>
            {t('vote.ballots', {
              issued: round.ballotsIssued ?? '—',
              received: round.ballotsReceived,
              valid: round.ballotsValid ?? '—',
              invalid: round.ballotsInvalid ?? '—',
            })}
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {tallied ? (
        <Table
          size="small"
          pagination={false}
          rowKey={(c) => c.unit.id}
          dataSource={round.candidates}
          scroll={{ x: true }}
          columns={[
            { title: t('vote.candidate'), render: (_, c) => c.unit.name },
            { title: t('vote.votes'), align: 'right', render: (_, c) => c.votes },
            { title: t('vote.reached'), render: (_, c) => (c.reached ? t('common.yes') : '') },
            {
              title: t('vote.elected'),
              render: (_, c) =>
                c.electedRank != null ? (
                  <Tag color={TAG_COLORS.green}>
                    {t('vote.electedRank', { n: c.electedRank })}
                    {c.byLot ? ` (${t('vote.byLot')})` : ''}
                  </Tag>
                ) : null,
            },
          ]}
        />
      ) : null}
    </div>
  );
}
