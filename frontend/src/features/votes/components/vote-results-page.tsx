import { useState } from 'react';
import { Alert, Card, Descriptions, Input, Table } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { idParam, paths } from '@/lib/routing/paths';
import { DownloadButton } from '@/lib/ui/download-button';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { PageHeader } from '@/lib/ui/page-header';
import { PublicPageLink } from '@/lib/ui/public-page-link';
import { QueryState } from '@/lib/ui/query-state';
import { fetchCountingMinutes, fetchVoteMinutes, useFreshVote } from '@/features/votes/api/votes';
import { RoundCounts, VoteStatusTag } from '@/features/votes/components/round-view';
import { currentRound, may, type Vote, type VoteRound } from '@/features/votes/types';

/** The published ballot list of a round: every receipt with its choices, and a search for one's own receipt (also on the public page). */
export function BallotList({ vote, round }: { vote: Vote; round: VoteRound }) {
  const { t } = useTranslation();
  const [receipt, setReceipt] = useState('');
  const ballots = round.ballots ?? [];
  const names = new Map(round.candidates.map((c) => [c.unit.id, c.unit.name]));
  vote.candidates.forEach((c) => names.set(c.id, c.name));
  const sought = receipt.trim().toUpperCase();
  const found = sought ? ballots.some((b) => b.receipt.toUpperCase() === sought) : undefined;
  const open = vote.method === 'OPEN';
  return (
    <section aria-labelledby={`ballots-${round.number}`} className="subsection">
      <h3 id={`ballots-${round.number}`} className="subheading">
        {t('vote.resultsPage.ballotList')}
      </h3>
      <p className="muted">{t('vote.resultsPage.ballotListHelp')}</p>
      <div className="stack">
        <div className="field">
          <label htmlFor={`receipt-${round.number}`} className="field-label">
            {t('vote.resultsPage.findReceipt')}
          </label>
          <Input id={`receipt-${round.number}`} value={receipt} onChange={(e) => setReceipt(e.target.value)} autoComplete="off" />
        </div>
        {found === true ? <Alert type="success" showIcon role="status" title={t('vote.resultsPage.found')} /> : null}
        {found === false ? <Alert type="warning" showIcon role="status" title={t('vote.resultsPage.notFound')} /> : null}
        <Table
          size="small"
          rowKey="receipt"
          dataSource={ballots}
          pagination={ballots.length > 50 ? { pageSize: 50 } : false}
          scroll={{ x: true }}
          data-testid={`ballot-list-${round.number}`}
          rowClassName={(b) => (sought && b.receipt.toUpperCase() === sought ? 'ant-table-row-selected' : '')}
          columns={[
            { title: t('vote.ballot.receipt'), render: (_, b) => <code>{b.receipt}</code> },
            ...(open ? [{ title: t('vote.resultsPage.voter'), render: (_: unknown, b: (typeof ballots)[number]) => b.voter?.name ?? '' }] : []),
            {
              title: t('vote.resultsPage.choices'),
              render: (_, b) =>
                b.choices.length === 0 ? <span className="muted">{t('vote.resultsPage.blankBallot')}</span> : b.choices.map((id) => names.get(id) ?? `#${id}`).join('; '),
            },
          ]}
        />
        {round.resultSha256 ? <p className="muted">{t('vote.resultsPage.sha', { sha: round.resultSha256 })}</p> : null}
      </div>
    </section>
  );
}

function Results({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const counted = vote.rounds.filter((r) => r.candidates.some((c) => c.votes != null));
  return (
    <div className="stack">
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('vote.kind')}>{t(`vote.kinds.${vote.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('vote.method')}>{t(`vote.methods.${vote.method}`)}</Descriptions.Item>
          <Descriptions.Item label={t('vote.conference')}>
            <Link to={paths.term(vote.termId)}>
              {vote.blocName} {vote.termYear}
            </Link>{' '}
            — {vote.conferenceTitle}
          </Descriptions.Item>
          <Descriptions.Item label={t('vote.status')}>
            <VoteStatusTag status={vote.status} />
          </Descriptions.Item>
          {vote.elected && vote.elected.length > 0 ? (
            <Descriptions.Item label={t('vote.electedUnits')} span={2}>
              <strong data-testid="vote-elected">{vote.elected.map((u) => u.name).join('; ')}</strong>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        {may(vote, 'DOWNLOAD_MINUTES') ? (
          <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchVoteMinutes(vote.id)}>
            {t('vote.minutes')}
          </DownloadButton>
        ) : null}
        {/* the public page exists once the vote is certified and published (GET /api/v1/public/votes/{id}) */}
        {vote.status === 'CERTIFIED' && currentRound(vote)?.publishedAt ? <PublicPageLink href={paths.publicVote(vote.id)} testId="public-vote-link" /> : null}
      </Card>
      {counted.length === 0 ? <Alert type="info" showIcon title={t('vote.resultsPage.notPublished')} /> : null}
      {counted.map((r) => (
        <Card key={r.number} title={<h2 className="card-heading">{t('vote.round', { n: r.number, kind: t(`vote.roundKinds.${r.kind}`) })}</h2>}>
          <div className="stack">
            <RoundCounts round={r} />
            {may(vote, 'DOWNLOAD_MINUTES') ? (
              <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchCountingMinutes(vote.id, r.number)}>
                {t('vote.countingMinutes', { n: r.number })}
              </DownloadButton>
            ) : null}
            {r.ballots ? <BallotList vote={vote} round={r} /> : null}
          </div>
        </Card>
      ))}
    </div>
  );
}

/** «Kết quả bỏ phiếu»: the rounds' counts, the elected units, the published ballot list with the receipts, the minutes. */
export function VoteResultsPage() {
  const { t } = useTranslation();
  const id = idParam(useParams().id);
  const query = useFreshVote(id ?? 0, id !== undefined);
  if (id === undefined) return <NotFoundInline />;
  return (
    <div className="stack">
      <PageHeader title={query.data ? `${t('vote.resultsPage.title')}: ${query.data.data.title}` : t('vote.resultsPage.title')} />
      <QueryState query={query}>{(v) => <Results vote={v.data} />}</QueryState>
    </div>
  );
}
