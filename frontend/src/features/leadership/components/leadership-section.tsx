import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Select, Space, Tag } from 'antd';
import { CheckOutlined, FlagOutlined, RollbackOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { DecisionFields, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { WriteError } from '@/lib/ui/error-alert';
import { DecisionText, TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { StoredFilesSection } from '@/lib/ui/stored-files';
import {
  useConfirmLeadership,
  useLeadershipFiles,
  useRecordHandover,
  useTermLeadership,
  useUploadLeadershipFile,
  useWithdrawLeadership,
  useYearEndReviews,
} from '@/features/leadership/api/leadership';
import { DesignationForm } from '@/features/leadership/components/designation-form';
import { RotationPanel } from '@/features/leadership/components/rotation-panel';
import { may, type LeadershipConfirmation, type LeadershipResult, type LeadershipStatus, type Term, type UnitRef } from '@/features/leadership/types';

const statusColor: Record<LeadershipStatus, string> = {
  PROPOSED: TAG_COLORS.brown,
  CONFIRMED: TAG_COLORS.green,
  HANDED_OVER: TAG_COLORS.purple,
  WITHDRAWN: 'default',
};

export function UnitName({ unit }: { unit?: UnitRef }) {
  const { t } = useTranslation();
  if (!unit) return <span className="muted">{t('leadership.notYet')}</span>;
  return <Link to={paths.unit(unit.id)}>{unit.name}</Link>;
}

/** What the confirmation made: next year's term (created or updated), who was carried over, who was dropped. */
function ConfirmationSummary({ confirmation, blocName }: { confirmation: LeadershipConfirmation; blocName: string }) {
  const { t } = useTranslation();
  const year = confirmation.result.nextYear;
  const replaced = confirmation.members.filter((m) => m.replaces);
  return (
    <Alert
      type="success"
      showIcon
      role="status"
      data-testid="leadership-confirmation"
      title={t(confirmation.nextTermCreated ? 'leadership.createdTitle' : 'leadership.updatedTitle', { year })}
      description={
        <div className="stack">
          <Link to={paths.term(confirmation.nextTermId)}>{t('leadership.openNextTerm', { year, bloc: blocName })}</Link>
          <span>{t('leadership.carried', { count: confirmation.members.length })}</span>
          {replaced.length > 0 ? (
            <ul>
              {replaced.map((m) => (
                <li key={m.unit.id}>
                  {m.unit.name} ({t('leadership.replaces', { name: m.replaces?.name })})
                </li>
              ))}
            </ul>
          ) : null}
          {confirmation.dropped.length > 0 ? <span>{t('leadership.dropped', { names: confirmation.dropped.map((u) => u.name).join(', ') })}</span> : null}
        </div>
      }
    />
  );
}

function ConfirmModal({
  result,
  onDone,
  onClose,
  onReload,
}: {
  result: Versioned<LeadershipResult>;
  onDone: (c: LeadershipConfirmation) => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ nextTermDecision?: DecisionFormValues }>();
  const confirm = useConfirmLeadership();
  const r = result.data;
  return (
    <Modal
      open
      title={t('leadership.confirm')}
      okText={t('leadership.confirm')}
      cancelText={t('common.close')}
      confirmLoading={confirm.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          confirm.mutate(
            { id: r.id, etag: result.etag, nextTermDecision: formToDecision(values.nextTermDecision) },
            {
              onSuccess: (c) => {
                void message.success(t('leadership.confirmed'));
                onDone(c);
              },
            },
          )
        }
      >
        <p>{t('leadership.confirmQuestion', { leader: r.leader?.name ?? '', year: r.nextYear })}</p>
        {r.nextTermId ? null : <DecisionFields name="nextTermDecision" legend={t('leadership.nextTermDecision')} form={form} />}
        <WriteError error={confirm.error} onReload={onReload} />
      </Form>
    </Modal>
  );
}

function WithdrawModal({ result, onClose, onReload }: { result: Versioned<LeadershipResult>; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const withdraw = useWithdrawLeadership();
  return (
    <Modal
      open
      title={t('leadership.withdraw')}
      okText={t('leadership.withdraw')}
      okButtonProps={{ danger: true, disabled: !reason.trim() }}
      cancelText={t('common.close')}
      confirmLoading={withdraw.isPending}
      onCancel={onClose}
      onOk={() =>
        withdraw.mutate(
          { id: result.data.id, etag: result.etag, reason: reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('leadership.withdrawn'));
              onClose();
            },
          },
        )
      }
    >
      <label htmlFor="leadership-withdraw-reason">{t('leadership.withdrawReason')}</label>
      <Input.TextArea id="leadership-withdraw-reason" maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
      <WriteError error={withdraw.error} onReload={onReload} />
    </Modal>
  );
}

function HandoverModal({ result, onClose, onReload }: { result: Versioned<LeadershipResult>; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reviews = useYearEndReviews(result.data.outgoingTermId, true);
  const record = useRecordHandover();
  const [conferenceId, setConferenceId] = useState<number>();
  return (
    <Modal
      open
      title={t('leadership.recordHandover')}
      okText={t('leadership.recordHandover')}
      okButtonProps={{ disabled: conferenceId === undefined }}
      cancelText={t('common.close')}
      confirmLoading={record.isPending}
      onCancel={onClose}
      onOk={() =>
        conferenceId !== undefined &&
        record.mutate(
          { id: result.data.id, etag: result.etag, conferenceId },
          {
            onSuccess: () => {
              void message.success(t('leadership.handoverRecorded'));
              onClose();
            },
          },
        )
      }
    >
      <QueryState query={reviews} isEmpty={(list) => list.length === 0} emptyText={t('leadership.noYearEndReview')}>
        {(list) => (
          <div className="stack">
            <label htmlFor="leadership-handover-conference">{t('leadership.handoverConference')}</label>
            <Select<number>
              id="leadership-handover-conference"
              value={conferenceId}
              onChange={setConferenceId}
              options={list.map((c) => ({ value: c.id, label: `${c.title} (${formatDate(c.heldOn)})` }))}
            />
          </div>
        )}
      </QueryState>
      <WriteError error={record.error} onReload={onReload} />
    </Modal>
  );
}

function DecisionFiles({ result }: { result: LeadershipResult }) {
  const { t } = useTranslation();
  const canUpload = may(result, 'UPLOAD_DECISION_FILE');
  const query = useLeadershipFiles(result.id, true);
  const upload = useUploadLeadershipFile(result.id);
  return (
    <section aria-labelledby={`leadership-files-${result.id}`} className="subsection">
      <h3 id={`leadership-files-${result.id}`} className="subheading">
        {t('leadership.decisionFiles')}
      </h3>
      <StoredFilesSection
        query={query}
        send={(args) => upload.mutateAsync(args)}
        canUpload={canUpload}
        emptyText={t('leadership.noDecisionFiles')}
        testId={`leadership-files-${result.id}`}
      />
    </section>
  );
}

/** The result as recorded: how it was decided, who leads and deputises next year, its status, what it made. */
function ResultView({ result, onReload }: { result: Versioned<LeadershipResult>; onReload: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'confirm' | 'withdraw' | 'handover'>();
  const [confirmation, setConfirmation] = useState<LeadershipConfirmation>();
  const r = result.data;
  const close = () => setOpen(undefined);
  const voteLink = (id: number) => <a href={paths.termRecord(r.outgoingTermId, 'VOTE', id)}>#{id}</a>;
  return (
    <div className="stack" data-testid="leadership-result">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('leadership.method')}>{t(`enum.leaderSelection.${r.method}`)}</Descriptions.Item>
        <Descriptions.Item label={t('leadership.status')}>
          <Tag color={statusColor[r.status]}>{t(`leadership.statuses.${r.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('leadership.leader')}>
          <span data-testid="leadership-leader">
            <UnitName unit={r.leader} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('leadership.deputy')}>
          <span data-testid="leadership-deputy">
            <UnitName unit={r.deputy} />
          </span>
        </Descriptions.Item>
        {r.decision ? (
          <Descriptions.Item label={t('leadership.decision')} span={2}>
            <DecisionText decision={r.decision} />
          </Descriptions.Item>
        ) : null}
        {r.leaderVoteId != null ? (
          <Descriptions.Item label={r.deputyVoteId != null && r.deputyVoteId !== r.leaderVoteId ? t('leadership.leaderVote') : t('leadership.vote')}>
            {voteLink(r.leaderVoteId)}
          </Descriptions.Item>
        ) : null}
        {r.deputyVoteId != null && r.deputyVoteId !== r.leaderVoteId ? (
          <Descriptions.Item label={t('leadership.deputyVote')}>{voteLink(r.deputyVoteId)}</Descriptions.Item>
        ) : null}
        {r.confirmedAt ? <Descriptions.Item label={t('leadership.confirmedAt')}>{formatDateTime(r.confirmedAt)}</Descriptions.Item> : null}
        {r.nextTermId != null ? (
          <Descriptions.Item label={t('leadership.nextTerm')}>
            <Link to={paths.term(r.nextTermId)} data-testid="leadership-next-term">
              {t('leadership.nextTermLink', { bloc: r.blocName, year: r.nextYear })}
            </Link>
          </Descriptions.Item>
        ) : null}
        {r.withdrawnReason ? <Descriptions.Item label={t('leadership.withdrawnReason')}>{r.withdrawnReason}</Descriptions.Item> : null}
        {r.handover ? (
          <Descriptions.Item label={t('leadership.handover')} span={2}>
            <span data-testid="leadership-handover">
              {t('leadership.handoverText', {
                by: r.handover.handedBy?.name ?? '',
                to: r.handover.handedTo?.name ?? '',
                conference: r.handover.conferenceTitle,
                date: formatDate(r.handover.handedOverOn),
              })}
            </span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {confirmation ? <ConfirmationSummary confirmation={confirmation} blocName={r.blocName} /> : null}
      <Space wrap>
        {may(r, 'CONFIRM') ? (
          <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={() => setOpen('confirm')}>
            {t('leadership.confirm')}
          </Button>
        ) : null}
        {may(r, 'RECORD_HANDOVER') ? (
          <Button icon={<FlagOutlined aria-hidden />} onClick={() => setOpen('handover')}>
            {t('leadership.recordHandover')}
          </Button>
        ) : null}
        {may(r, 'WITHDRAW') ? (
          <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setOpen('withdraw')}>
            {t('leadership.withdraw')}
          </Button>
        ) : null}
      </Space>
      {r.method === 'DESIGNATION' ? <DecisionFiles result={r} /> : null}
      {open === 'confirm' ? (
        <ConfirmModal
          result={result}
          onClose={close}
          onReload={onReload}
          onDone={(c) => {
            setConfirmation(c);
            close();
          }}
        />
      ) : null}
      {open === 'withdraw' ? <WithdrawModal result={result} onClose={close} onReload={onReload} /> : null}
      {open === 'handover' ? <HandoverModal result={result} onClose={close} onReload={onReload} /> : null}
    </div>
  );
}

/**
 * «Trưởng khối, Phó trưởng khối năm sau» on the outgoing term's page: the live result and what the
 * caller may do with it (the result's `permissions`); without one, how it will come (an election's
 * certified vote, the rotation order, the Board's designation).
 */
export function LeadershipSection({ term }: { term: Term }) {
  const { t } = useTranslation();
  const { isAdmin } = useAuth();
  const query = useTermLeadership(term.id);
  const nextYear = term.year + 1;
  const selection = term.rules.leaderSelection;
  const open = term.status !== 'CLOSED';
  const reload = () => void query.refetch();
  return (
    <Card id="leadership" title={<h2 className="card-heading">{t('leadership.title', { year: nextYear })}</h2>} data-testid="leadership-section">
      <QueryState query={query}>
        {(result) => {
          const proposed = result?.data.status === 'PROPOSED' ? result : undefined;
          return (
            <div className="stack">
              {result ? (
                <ResultView result={result} onReload={reload} />
              ) : (
                <Alert
                  type="info"
                  showIcon
                  title={t('leadership.none', { year: nextYear })}
                  description={t(
                    selection === 'ELECTION' ? 'leadership.noneElection' : selection === 'ROTATION' ? 'leadership.noneRotation' : 'leadership.noneDesignation',
                  )}
                />
              )}
              {selection === 'DESIGNATION' && isAdmin && open && (!result || proposed) ? (
                <DesignationForm term={term} current={proposed} onReload={reload} />
              ) : null}
              {selection === 'ROTATION' ? (
                <RotationPanel term={term} current={proposed} mayPropose={open && (!result || Boolean(proposed))} onReload={reload} />
              ) : null}
            </div>
          );
        }}
      </QueryState>
    </Card>
  );
}
