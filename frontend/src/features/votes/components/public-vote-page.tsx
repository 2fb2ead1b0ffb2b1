import { useEffect } from 'react';
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePublicRead } from '@/lib/api/use-public-read';
import { PublicState } from '@/lib/ui/public-state';
import { getPublishedVote } from '@/features/votes/api/public-vote';
import { RoundCounts, VoteStatusTag } from '@/features/votes/components/round-view';
import { BallotList } from '@/features/votes/components/vote-results-page';
import type { Vote } from '@/features/votes/types';

function PublishedVote({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const counted = vote.rounds.filter((r) => r.candidates.some((c) => c.votes != null));
  useEffect(() => {
    document.title = `${vote.title} · ThiĐua`;
  }, [vote.title]);
  return (
    <div className="stack">
      <Card>
        <h1 className="public-heading">{t('publicPages.vote.heading', { title: vote.title })}</h1>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('publicPages.vote.bloc')}>
            {vote.blocName} — {vote.termYear}
          </Descriptions.Item>
          <Descriptions.Item label={t('vote.conference')}>{vote.conferenceTitle}</Descriptions.Item>
          <Descriptions.Item label={t('vote.kind')}>
            {t(`vote.kinds.${vote.kind}`)}
            {vote.leadershipSeats ? ` — ${t(`vote.seatsKinds.${vote.leadershipSeats}`)}` : ''}
            {vote.award ? ` — ${t(`vote.awards.${vote.award}`)}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('vote.method')}>{t(`vote.methods.${vote.method}`)}</Descriptions.Item>
          <Descriptions.Item label={t('vote.status')}>
            <VoteStatusTag status={vote.status} />
          </Descriptions.Item>
          {vote.elected && vote.elected.length > 0 ? (
            <Descriptions.Item label={t('vote.electedUnits')} span={2}>
              <strong data-testid="public-vote-elected">{vote.elected.map((u) => u.name).join('; ')}</strong>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {counted.some((r) => r.ballots && r.ballots.length > 0) ? <p className="muted">{t('publicPages.vote.checkReceipt')}</p> : null}
      </Card>
      {counted.map((r) => (
        <Card key={r.number} className="public-print-block" title={<h2 className="card-heading">{t('vote.round', { n: r.number, kind: t(`vote.roundKinds.${r.kind}`) })}</h2>}>
          <div className="stack">
            <RoundCounts round={r} />
            {r.ballots && r.ballots.length > 0 ? (
              <BallotList vote={vote} round={r} />
            ) : r.resultSha256 ? (
              <p className="muted">
                {t('publicPages.vote.sha')}: <code className="sha" data-testid={`public-vote-sha-${r.number}`}>{r.resultSha256}</code>
              </p>
            ) : null}
          </div>
        </Card>
      ))}
    </div>
  );
}

/**
 * «Kết quả bỏ phiếu» for everyone: a certified, published vote read without a token — the result, each
 * round's votes per candidate, the receipt list (each unit checks its own ballot) and the counting minutes'
 * SHA-256; anything else is "not there", as the API says (404).
 */
export function PublicVotePage({ id }: { id: number }) {
  const { t } = useTranslation();
  const read = usePublicRead(() => getPublishedVote(id), String(id));
  return (
    <main className="stack public-page-main" aria-busy={read === undefined}>
      <PublicState read={read} missingText={t('publicPages.vote.missing')}>
        {(vote) => <PublishedVote vote={vote} />}
      </PublicState>
    </main>
  );
}
