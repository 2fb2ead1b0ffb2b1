import { Alert, App, Button, Form, InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { isApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import { WriteError } from '@/lib/ui/error-alert';
import { TAG_COLORS } from '@/lib/ui/labels';
import { useEnterPaperCount } from '@/features/votes/api/votes';
import { currentRound, may, type Vote, type VoteRound } from '@/features/votes/types';

/** The tally's refusal when the two tellers' counts differ (409); its detail names the figures that differ. */
export function isPaperCountsDiffer(error: unknown): boolean {
  return isApiError(error) && error.code === 'VOTE_PAPER_COUNTS_DIFFER';
}

/** The caller's teller slot (1 or 2) as the API counts it: the first or second named teller's account; 0 for anyone else. */
export function tellerSlot(vote: Vote, username: string | undefined): number {
  if (!username) return 0;
  const index = vote.tellers.findIndex((t) => t.username === username);
  return index < 0 ? 0 : index + 1;
}

type Figures = { ballotsIssued: number; ballotsReceived: number; ballotsInvalid: number; votes: Record<string, number> };

/** One teller's sheet: ballots issued, received and invalid, and each candidate's votes, sent as the API takes them. */
function TellerSheet({ vote, round, slot, onReload }: { vote: Versioned<Vote>; round: VoteRound; slot: number; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const enter = useEnterPaperCount();
  const [form] = Form.useForm<Figures>();
  const received = Form.useWatch('ballotsReceived', form);
  const invalid = Form.useWatch('ballotsInvalid', form);
  const number = [{ required: true, type: 'integer' as const, min: 0, max: 10000, message: t('paperCount.required') }];
  const submit = (values: Figures) =>
    enter.mutate(
      {
        id: vote.data.id,
        etag: vote.etag,
        input: {
          round: round.number,
          ballotsIssued: values.ballotsIssued,
          ballotsReceived: values.ballotsReceived,
          ballotsInvalid: values.ballotsInvalid,
          votes: round.candidates.map((c) => ({ unitId: c.unit.id, votes: values.votes[String(c.unit.id)] ?? 0 })),
        },
      },
      { onSuccess: () => void message.success(t('paperCount.saved', { n: slot })) },
    );
  const name = vote.data.tellers[slot - 1]?.name ?? '';
  const mine = round.paperCountsEntered?.includes(slot) ?? false;
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid={`paper-count-form-${vote.data.id}`} className="paper-count-form">
      <p>{t('paperCount.you', { n: slot, name })}</p>
      {mine ? <Alert type="info" showIcon title={t('paperCount.youEntered')} /> : null}
      <div className="paper-count-grid">
        <Form.Item name="ballotsIssued" label={t('paperCount.issued')} rules={number}>
          <InputNumber min={0} max={10000} precision={0} />
        </Form.Item>
        <Form.Item name="ballotsReceived" label={t('paperCount.received')} rules={number}>
          <InputNumber min={0} max={10000} precision={0} />
        </Form.Item>
        <Form.Item
          name="ballotsInvalid"
          label={t('paperCount.invalid')}
          rules={number}
          extra={typeof received === 'number' && typeof invalid === 'number' ? t('paperCount.valid', { n: received - invalid }) : undefined}
        >
          <InputNumber min={0} max={10000} precision={0} />
        </Form.Item>
        {round.candidates.map((c) => (
          <Form.Item key={c.unit.id} name={['votes', String(c.unit.id)]} label={t('paperCount.votesOf', { unit: c.unit.name })} rules={number}>
            <InputNumber min={0} max={10000} precision={0} />
          </Form.Item>
        ))}
      </div>
      <Button type="primary" htmlType="submit" loading={enter.isPending}>
        {t('paperCount.submit')}
      </Button>
      <WriteError error={enter.error} onReload={onReload} />
    </Form>
  );
}

/**
 * «Kết quả kiểm phiếu giấy» of a PAPER vote's closed round: which of the two tellers entered their count, what
 * differs when the tally found them different (the API's words), and the caller's own sheet when the API lets
 * the caller enter one (ENTER_PAPER_COUNT: a named teller, while the round is closed and not yet tallied).
 */
export function PaperCountPanel({ vote, tallyError, onReload }: { vote: Versioned<Vote>; tallyError: unknown; onReload: () => void }) {
  const { t } = useTranslation();
  const { username } = useAuth();
  const v = vote.data;
  const round = currentRound(v);
  if (v.method !== 'PAPER' || v.status !== 'CLOSED' || !round) return null;
  const entered = round.paperCountsEntered;
  const slot = tellerSlot(v, username);
  const differ = isPaperCountsDiffer(tallyError) && isApiError(tallyError) ? tallyError.detail : undefined;
  return (
    <section className="subsection stack" aria-labelledby={`paper-count-${v.id}`} data-testid={`paper-count-${v.id}`}>
      <h4 id={`paper-count-${v.id}`} className="subheading">
        {t('paperCount.title')}
      </h4>
      <p className="muted">{t('paperCount.help')}</p>
      {entered ? (
        <div className="stack-tight" data-testid={`paper-count-state-${v.id}`}>
          <strong>{t('paperCount.state', { count: entered.length })}</strong>
          <ul className="plain-list">
            {v.tellers.map((teller, i) => (
              <li key={teller.username}>
                {t('paperCount.teller', { n: i + 1, name: teller.name })}{' '}
                {entered.includes(i + 1) ? <Tag color={TAG_COLORS.green}>{t('paperCount.entered')}</Tag> : <Tag>{t('paperCount.notEntered')}</Tag>}
              </li>
            ))}
          </ul>
          {entered.length === 2 && !differ ? <p>{t('paperCount.bothEntered')}</p> : null}
        </div>
      ) : null}
      {differ ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid={`paper-count-differ-${v.id}`}
          title={t('paperCount.differTitle')}
          description={
            <div className="stack-tight">
              <span>{differ}</span>
              <span>{t('paperCount.differAdvice')}</span>
            </div>
          }
        />
      ) : null}
      {may(v, 'ENTER_PAPER_COUNT') && slot > 0 ? <TellerSheet key={`${v.id}-${round.number}`} vote={vote} round={round} slot={slot} onReload={onReload} /> : null}
    </section>
  );
}
