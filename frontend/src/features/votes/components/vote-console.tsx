import { useState } from 'react';
import { Alert, App, Button, Checkbox, Descriptions, Input, Modal, Space } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { paths } from '@/lib/routing/paths';
import { ButtonLink } from '@/lib/ui/button-link';
import { DownloadButton } from '@/lib/ui/download-button';
import { WriteError } from '@/lib/ui/error-alert';
import { QueryState } from '@/lib/ui/query-state';
import { fetchCountingMinutes, fetchVoteMinutes, useChangeVoteStatus, usePublishVote, useVote } from '@/features/votes/api/votes';
import { isPaperCountsDiffer, PaperCountPanel } from '@/features/votes/components/paper-count-form';
import { RoundCounts, VoteStatusTag } from '@/features/votes/components/round-view';
import { VoteFormModal } from '@/features/votes/components/vote-form-modal';
import { currentRound, may, quorumOf, type Term, type Vote, type VoteStatus } from '@/features/votes/types';

/** The steps a chair takes, each shown only when the vote's `permissions` list it. */
const STEPS: { action: 'OPEN' | 'CLOSE' | 'TALLY' | 'CERTIFY' | 'NEXT_ROUND' | 'DRAW_LOT'; status: VoteStatus; label: string; question?: string }[] = [
  { action: 'OPEN', status: 'OPEN', label: 'vote.open', question: 'vote.openQuestion' },
  { action: 'CLOSE', status: 'CLOSED', label: 'vote.close', question: 'vote.closeQuestion' },
  { action: 'TALLY', status: 'TALLIED', label: 'vote.tally' },
  { action: 'CERTIFY', status: 'CERTIFIED', label: 'vote.certify', question: 'vote.certifyQuestion' },
  { action: 'NEXT_ROUND', status: 'DRAFT', label: 'vote.nextRound' },
  { action: 'DRAW_LOT', status: 'TALLIED', label: 'vote.drawLot' },
];

/** Publishing: the disclosure warnings, when the result would reveal single units' ballots, must be acknowledged first. */
function PublishModal({ vote, onClose, onReload }: { vote: Versioned<Vote>; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishVote();
  const warnings = currentRound(vote.data)?.disclosureWarnings ?? [];
  const [acknowledged, setAcknowledged] = useState(false);
  return (
    <Modal
      open
      title={t('vote.publish')}
      okText={t('vote.publish')}
      okButtonProps={{ disabled: warnings.length > 0 && !acknowledged }}
      cancelText={t('common.close')}
      confirmLoading={publish.isPending}
      onCancel={onClose}
      onOk={() =>
        publish.mutate(
          { id: vote.data.id, etag: vote.etag, acknowledgeDisclosure: acknowledged },
          {
            onSuccess: () => {
              void message.success(t('vote.saved'));
              onClose();
            },
          },
        )
      }
    >
      <div className="stack">
        <p>{t('vote.disclosure.publishQuestion')}</p>
        {warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="disclosure-warning"
            title={t('vote.disclosure.title')}
            description={
              <div className="stack">
                <ul>
                  {warnings.map((w) => (
                    <li key={w}>{t(`vote.disclosure.${w}`)}</li>
                  ))}
                </ul>
                <Checkbox checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)}>
                  {t('vote.disclosure.acknowledge')}
                </Checkbox>
              </div>
            }
          />
        ) : null}
        <WriteError error={publish.error} onReload={onReload} />
      </div>
    </Modal>
  );
}

function VoidModal({ vote, onClose, onReload }: { vote: Versioned<Vote>; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const change = useChangeVoteStatus();
  const [reason, setReason] = useState('');
  return (
    <Modal
      open
      title={t('vote.void')}
      okText={t('vote.void')}
      okButtonProps={{ danger: true, disabled: !reason.trim() }}
      cancelText={t('common.close')}
      confirmLoading={change.isPending}
      onCancel={onClose}
      onOk={() => change.mutate({ id: vote.data.id, etag: vote.etag, status: 'VOID', reason: reason.trim() }, { onSuccess: onClose })}
    >
      <label htmlFor={`vote-void-${vote.data.id}`}>{t('vote.voidReason')}</label>
      <Input.TextArea id={`vote-void-${vote.data.id}`} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <WriteError error={change.error} onReload={onReload} />
    </Modal>
  );
}

/** Attendance and quorum of the current round, and who voted (the register: never what). */
function Attendance({ vote, term }: { vote: Vote; term: Term }) {
  const { t } = useTranslation();
  const round = currentRound(vote);
  if (!round || round.members == null || round.present == null) return null;
  const need = quorumOf(round.members, term.rules.quorumNumerator, term.rules.quorumDenominator);
  const reached = round.present >= need;
  return (
    <div className="stack" data-testid={`vote-attendance-${vote.id}`}>
      <Alert
        type={reached ? 'success' : 'warning'}
        showIcon
        title={t('vote.attendance', {
          present: round.present,
          members: round.members,
          need,
          n: term.rules.quorumNumerator,
          d: term.rules.quorumDenominator,
        })}
        description={reached ? t('vote.quorumReached') : t('vote.quorumMissing')}
      />
      {vote.status === 'OPEN' ? <Alert type="info" showIcon title={t('vote.noCountsWhileOpen')} /> : null}
      {/* paper ballots are not cast here: the register stays empty and a count of 0 would mislead */}
      {vote.voted && vote.method !== 'PAPER' && (vote.status === 'OPEN' || vote.status === 'CLOSED') ? (
        <div>
          <strong>{t('vote.voted', { count: vote.voted.length, present: round.present })}</strong>
          {vote.voted.length > 0 ? (
            <details>
              <summary>{t('vote.votedUnits')}</summary>
              <ul>
                {vote.voted.map((r) => (
                  <li key={r.unit.id}>
                    {r.unit.name}
                    {r.delegateName ? ` – ${r.delegateName}` : ''}
                    {r.substituteFor ? <span className="muted"> ({t('vote.actingFor', { name: r.substituteFor })})</span> : null}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** The chair's console for one vote: its set-up, attendance and quorum, the steps the caller may take, the counts once tallied. */
export function VoteConsoleView({ vote, term, onReload }: { vote: Versioned<Vote>; term: Term; onReload: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const change = useChangeVoteStatus();
  const [open, setOpen] = useState<'edit' | 'publish' | 'void'>();
  const v = vote.data;
  const round = currentRound(v);
  const close = () => setOpen(undefined);
  const step = (status: VoteStatus, label: string, question?: string) => {
    const run = () =>
      change.mutateAsync({ id: v.id, etag: vote.etag, status }).then(
        () => void message.success(t('vote.saved')),
        () => undefined,
      );
    if (!question) return void run();
    modal.confirm({ title: t(label), content: t(question), okText: t(label), cancelText: t('common.close'), onOk: run });
  };
  return (
    <div className="stack" data-testid={`vote-${v.id}`}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('vote.kind')}>
          {t(`vote.kinds.${v.kind}`)}
          {v.leadershipSeats ? ` — ${t(`vote.seatsKinds.${v.leadershipSeats}`)}` : ''}
          {v.award ? ` — ${t(`vote.awards.${v.award}`)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('vote.method')}>{t(`vote.methods.${v.method}`)}</Descriptions.Item>
        <Descriptions.Item label={t('vote.conference')}>{v.conferenceTitle}</Descriptions.Item>
        <Descriptions.Item label={t('vote.seats')}>{v.seats}</Descriptions.Item>
        <Descriptions.Item label={t('vote.status')}>
          <VoteStatusTag status={v.status} />
          {round ? ` ${t('vote.round', { n: round.number, kind: t(`vote.roundKinds.${round.kind}`) })}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('vote.candidates')}>{v.candidates.map((c) => c.name).join('; ')}</Descriptions.Item>
        {v.voidReason ? <Descriptions.Item label={t('vote.voidReason')}>{v.voidReason}</Descriptions.Item> : null}
        {v.elected && v.elected.length > 0 ? (
          <Descriptions.Item label={t('vote.electedUnits')}>
            <span data-testid={`vote-elected-${v.id}`}>{v.elected.map((u) => u.name).join('; ')}</span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Attendance vote={v} term={term} />
      {v.ownUnitVoted ? <Alert type="success" showIcon title={t('vote.ownVoted')} /> : null}
      <Space wrap>
        {may(v, 'EDIT') ? <Button onClick={() => setOpen('edit')}>{t('vote.edit')}</Button> : null}
        {STEPS.filter((s) => may(v, s.action)).map((s) => (
          // disabled, not antd's `loading`, while a step is sent: twice in eight e2e runs the tally button kept its
          // loading state after the refused tally had been answered, and a loading button ignores clicks
          <Button key={s.action} type="primary" disabled={change.isPending} onClick={() => step(s.status, s.label, s.question)}>
            {t(s.label)}
          </Button>
        ))}
        {may(v, 'PUBLISH') ? (
          <Button type="primary" onClick={() => setOpen('publish')}>
            {t('vote.publish')}
          </Button>
        ) : null}
        {may(v, 'CAST') ? (
          <ButtonLink type="primary" to={paths.voteBallot(v.id)}>
            {t('vote.cast')}
          </ButtonLink>
        ) : null}
        {v.rounds.some((r) => r.candidates.some((c) => c.votes != null)) ? <ButtonLink to={paths.voteResults(v.id)}>{t('vote.results')}</ButtonLink> : null}
        {may(v, 'VOID') ? (
          <Button danger onClick={() => setOpen('void')}>
            {t('vote.void')}
          </Button>
        ) : null}
      </Space>
      {isPaperCountsDiffer(change.error) ? null : <WriteError error={change.error} onReload={onReload} />}
      <PaperCountPanel vote={vote} tallyError={change.error} onReload={onReload} />
      {v.rounds
        .filter((r) => r.candidates.some((c) => c.votes != null))
        .map((r) => (
          <section key={r.number} aria-label={t('vote.round', { n: r.number, kind: t(`vote.roundKinds.${r.kind}`) })} className="subsection">
            <h4 className="subheading">{t('vote.round', { n: r.number, kind: t(`vote.roundKinds.${r.kind}`) })}</h4>
            <RoundCounts round={r} />
            {may(v, 'DOWNLOAD_MINUTES') ? (
              <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchCountingMinutes(v.id, r.number)}>
                {t('vote.countingMinutes', { n: r.number })}
              </DownloadButton>
            ) : null}
          </section>
        ))}
      {may(v, 'DOWNLOAD_MINUTES') ? (
        <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchVoteMinutes(v.id)}>
          {t('vote.minutes')}
        </DownloadButton>
      ) : null}
      {open === 'edit' ? <VoteFormModal term={term} vote={vote} onClose={close} /> : null}
      {open === 'publish' ? <PublishModal vote={vote} onClose={close} onReload={onReload} /> : null}
      {open === 'void' ? <VoidModal vote={vote} onClose={close} onReload={onReload} /> : null}
    </div>
  );
}

/** Loads one vote (polled while open: who voted, never counts) and shows its console. */
export function VoteConsole({ id, term }: { id: number; term: Term }) {
  const query = useVote(id, true);
  return <QueryState query={query}>{(v) => <VoteConsoleView vote={v} term={term} onReload={() => void query.refetch()} />}</QueryState>;
}
