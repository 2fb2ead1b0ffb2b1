import { useRef, useState } from 'react';
import { Alert, App, Button, Modal, Result, Space } from 'antd';
import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { idParam, paths } from '@/lib/routing/paths';
import { ButtonLink } from '@/lib/ui/button-link';
import { useErrorText } from '@/lib/ui/error-alert';
import { NotFoundInline } from '@/lib/ui/not-found-inline';
import { PageHeader } from '@/lib/ui/page-header';
import { QueryState } from '@/lib/ui/query-state';
import { useBallotVote, useCastBallot, useReloadVote } from '@/features/votes/api/votes';
import { currentRound, may, type BallotReceipt, type UnitRef, type Vote } from '@/features/votes/types';

function newKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The receipt, shown once: the advice to keep it, a copy button. */
function Receipt({ receipt, vote }: { receipt: BallotReceipt; vote: Vote }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Result
      status="success"
      title={t('vote.ballot.receiptTitle')}
      subTitle={t('vote.ballot.round', { n: receipt.round })}
      extra={
        <div className="stack" data-testid="ballot-receipt">
          <div>
            <div className="muted">{t('vote.ballot.receipt')}</div>
            <div className="receipt-code" data-testid="receipt-code">
              {receipt.receipt}
            </div>
          </div>
          <Alert type="warning" showIcon title={t('vote.ballot.receiptAdvice')} />
          <Space wrap>
            <Button
              icon={<CopyOutlined aria-hidden />}
              onClick={() =>
                void navigator.clipboard?.writeText(receipt.receipt).then(
                  () => void message.success(t('vote.ballot.copied')),
                  () => undefined,
                )
              }
            >
              {t('vote.ballot.copy')}
            </Button>
            <ButtonLink to={paths.term(vote.termId)}>{t('vote.ballot.toTerm')}</ButtonLink>
          </Space>
        </div>
      }
    />
  );
}

/** One tap per choice: a single seat replaces the choice, several seats toggle up to the limit. */
function Choices({ candidates, seats, chosen, onChange }: { candidates: UnitRef[]; seats: number; chosen: number[]; onChange: (ids: number[]) => void }) {
  const { t } = useTranslation();
  const toggle = (id: number) => {
    if (chosen.includes(id)) onChange(chosen.filter((c) => c !== id));
    else if (seats === 1) onChange([id]);
    else if (chosen.length < seats) onChange([...chosen, id]);
  };
  return (
    <ul className="ballot-choices" aria-label={seats === 1 ? t('vote.ballot.chooseOne') : t('vote.ballot.choose', { seats })}>
      {candidates.map((c) => {
        const on = chosen.includes(c.id);
        const full = !on && seats > 1 && chosen.length >= seats;
        return (
          <li key={c.id}>
            <button type="button" className="ballot-choice" aria-pressed={on} aria-disabled={full} onClick={() => toggle(c.id)}>
              <span className="ballot-mark" aria-hidden>
                {on ? <CheckOutlined /> : null}
              </span>
              <span>{c.name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function Ballot({ vote }: { vote: Vote }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const cast = useCastBallot();
  const reload = useReloadVote();
  const round = currentRound(vote);
  const [chosen, setChosen] = useState<number[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [receipt, setReceipt] = useState<BallotReceipt>();
  // one key per ballot: a retry after a lost answer is replayed by the server, never counted twice
  const key = useRef<{ key: string; ballot: string }>(undefined);
  if (receipt) return <Receipt receipt={receipt} vote={vote} />;
  if (!round) return null;
  const candidates = round.candidates.length > 0 ? round.candidates.map((c) => c.unit) : vote.candidates;
  if (!may(vote, 'CAST')) {
    const why = vote.ownUnitVoted ? 'vote.ballot.alreadyVoted' : vote.status !== 'OPEN' ? 'vote.ballot.notOpen' : 'vote.ballot.mayNot';
    return (
      <div className="stack">
        <Alert type="info" showIcon role="status" title={t(why)} />
        <div>
          <ButtonLink to={paths.term(vote.termId)}>{t('vote.ballot.toTerm')}</ButtonLink>
        </div>
      </div>
    );
  }
  const names = candidates.filter((c) => chosen.includes(c.id)).map((c) => c.name);
  const send = () => {
    const ballot = JSON.stringify([round.number, [...chosen].sort((a, b) => a - b)]);
    if (key.current?.ballot !== ballot) key.current = { key: newKey(), ballot };
    cast.mutate(
      { id: vote.id, round: round.number, choices: chosen, key: key.current.key },
      {
        onSuccess: (r) => {
          setConfirming(false);
          setReceipt(r);
        },
      },
    );
  };
  return (
    <div className="stack">
      <p>
        <strong>{t('vote.ballot.round', { n: round.number })}</strong> — {round.seats === 1 ? t('vote.ballot.chooseOne') : t('vote.ballot.choose', { seats: round.seats })}
      </p>
      <Choices candidates={candidates} seats={round.seats} chosen={chosen} onChange={setChosen} />
      <p aria-live="polite" className="muted">
        {t('vote.ballot.chosen', { count: chosen.length, seats: round.seats })}
      </p>
      <Button type="primary" className="ballot-submit" onClick={() => setConfirming(true)}>
        {t('vote.ballot.submit')}
      </Button>
      {confirming ? (
        <Modal
          open
          title={t('vote.ballot.confirmTitle')}
          okText={t('vote.ballot.send')}
          cancelText={t('vote.ballot.back')}
          confirmLoading={cast.isPending}
          onOk={send}
          onCancel={() => {
            setConfirming(false);
            // refused (another device of the unit voted first, the round closed): show where the vote stands now
            if (cast.isError) {
              cast.reset();
              void reload(vote.id);
            }
          }}
        >
          <div className="stack">
            {names.length > 0 ? (
              <div>
                {t('vote.ballot.confirmChoices')}
                <ul data-testid="ballot-confirm-choices">
                  {names.map((n) => (
                    <li key={n}>
                      <strong>{n}</strong>
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>{t('vote.ballot.confirmBlank')}</p>
            )}
            <Alert type="warning" showIcon title={t('vote.ballot.confirmWarning')} />
            {cast.error ? <Alert type="error" showIcon role="alert" title={errorText(cast.error)} /> : null}
          </div>
        </Modal>
      ) : null}
    </div>
  );
}

/** «Phiếu bầu»: the unit officer's ballot for an open vote, made for a phone — one tap per choice, a confirmation, the receipt. */
export function BallotPage() {
  const { t } = useTranslation();
  const id = idParam(useParams().id);
  const query = useBallotVote(id ?? 0, id !== undefined);
  if (id === undefined) return <NotFoundInline />;
  return (
    <div className="narrow stack">
      <PageHeader title={query.data ? t('vote.ballot.heading', { title: query.data.data.title }) : t('vote.ballot.title')} />
      <QueryState query={query}>{(v) => <Ballot vote={v.data} />}</QueryState>
    </div>
  );
}
