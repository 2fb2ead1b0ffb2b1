import { useState } from 'react';
import { App, Button, Descriptions, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { FileExcelOutlined, FilePdfOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Versioned } from '@/lib/api/client';
import { formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { DecisionFields, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { DownloadButton } from '@/lib/ui/download-button';
import { WriteError } from '@/lib/ui/error-alert';
import { DecisionText, TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { StoredFilesSection } from '@/lib/ui/stored-files';
import { UnitPicker } from '@/lib/ui/unit-picker';
import {
  fetchCoverMemo,
  fetchProposalSpreadsheet,
  useAchievementReports,
  useAddItem,
  useAppraise,
  useAwardDecisionFiles,
  useChangeProposalStatus,
  useCreateProposal,
  useProposal,
  useRemoveItem,
  useTermProposals,
  useUploadDecisionFile,
  useUploadReport,
} from '@/features/awards/api/proposals';
import {
  AWARD_OUTCOMES,
  may,
  type AwardKind,
  type AwardOutcome,
  type AwardProposal,
  type AwardProposalItem,
  type AwardProposalStatus,
  type Term,
} from '@/features/awards/types';

type Dossier = Versioned<AwardProposal>;

const statusColor: Record<AwardProposalStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: TAG_COLORS.blue,
  APPRAISING: TAG_COLORS.purple,
  RETURNED: TAG_COLORS.brown,
  DECIDED: TAG_COLORS.green,
};

function ReportsModal({ dossier, item, onClose }: { dossier: AwardProposal; item: AwardProposalItem; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useAchievementReports(dossier.id, item.id, true);
  const upload = useUploadReport(dossier.id, item.id);
  return (
    <Modal open width={720} title={t('award.dossier.reports', { unit: item.unit.name })} footer={<Button onClick={onClose}>{t('common.close')}</Button>} onCancel={onClose}>
      <StoredFilesSection
        query={query}
        send={(args) => upload.mutateAsync({ ...args, id: dossier.id, itemId: item.id })}
        canUpload={may(dossier, 'UPLOAD_REPORT')}
        emptyText={t('award.dossier.noReports')}
        testId={`reports-${item.id}`}
      />
    </Modal>
  );
}

/** The Board's appraisal of one unit: approve, downgrade (flag → certificate) or reject, with a reason for the last two. */
function AppraiseModal({ dossier, item, onClose, onReload }: { dossier: Dossier; item: AwardProposalItem; onClose: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const appraise = useAppraise();
  const [outcome, setOutcome] = useState<AwardOutcome>(item.outcome ?? 'APPROVED');
  const [reason, setReason] = useState(item.outcomeReason ?? '');
  const needsReason = outcome !== 'APPROVED';
  const outcomes = AWARD_OUTCOMES.filter((o) => o !== 'DOWNGRADED' || item.award === 'FLAG');
  return (
    <Modal
      open
      title={t('award.dossier.appraiseNamed', { unit: item.unit.name })}
      okText={t('common.save')}
      okButtonProps={{ disabled: needsReason && !reason.trim() }}
      cancelText={t('common.close')}
      confirmLoading={appraise.isPending}
      onCancel={onClose}
      onOk={() =>
        appraise.mutate(
          { id: dossier.data.id, etag: dossier.etag, itemId: item.id, outcome, reason: reason.trim() || undefined },
          {
            onSuccess: () => {
              void message.success(t('award.dossier.saved'));
              onClose();
            },
          },
        )
      }
    >
      <div className="stack">
        <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value as AwardOutcome)} options={outcomes.map((o) => ({ value: o, label: t(`award.dossier.outcomes.${o}`) }))} />
        <div className="field">
          <label htmlFor={`appraise-reason-${item.id}`} className="field-label">
            {t('award.dossier.reason')}
          </label>
          <Input.TextArea id={`appraise-reason-${item.id}`} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <span className="muted">{t('award.dossier.reasonHelp')}</span>
        </div>
        <WriteError error={appraise.error} onReload={onReload} />
      </div>
    </Modal>
  );
}

function AddItem({ dossier, onReload }: { dossier: Dossier; onReload: () => void }) {
  const { t } = useTranslation();
  const add = useAddItem();
  const [unitId, setUnitId] = useState<number>();
  const [award, setAward] = useState<AwardKind>('CERTIFICATE');
  return (
    <section aria-labelledby={`add-item-${dossier.data.id}`} className="subsection">
      <h4 id={`add-item-${dossier.data.id}`} className="subheading">
        {t('award.dossier.addItem')}
      </h4>
      <Space wrap align="end">
        <div className="field grow-wide">
          <label htmlFor={`add-item-unit-${dossier.data.id}`} className="field-label">
            {t('award.dossier.unit')}
          </label>
          <UnitPicker id={`add-item-unit-${dossier.data.id}`} value={unitId} onChange={setUnitId} />
        </div>
        <div className="field">
          <label htmlFor={`add-item-award-${dossier.data.id}`} className="field-label">
            {t('award.dossier.award')}
          </label>
          <Select<AwardKind>
            id={`add-item-award-${dossier.data.id}`}
            value={award}
            onChange={setAward}
            style={{ minWidth: 220 }}
            options={(['FLAG', 'CERTIFICATE'] as const).map((k) => ({ value: k, label: t(`award.dossier.awardKinds.${k}`) }))}
          />
        </div>
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={unitId === undefined}
          loading={add.isPending}
          onClick={() => unitId !== undefined && add.mutate({ id: dossier.data.id, etag: dossier.etag, unitId, award }, { onSuccess: () => setUnitId(undefined) })}
        >
          {t('award.dossier.addItem')}
        </Button>
      </Space>
      <WriteError error={add.error} onReload={onReload} />
    </section>
  );
}

/** Submit (the leader), take up, return with a reason, decide with the decision (the Board): as the dossier's permissions list. */
function Steps({ dossier, onReload }: { dossier: Dossier; onReload: () => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const change = useChangeProposalStatus();
  const [open, setOpen] = useState<'return' | 'decide'>();
  const [reason, setReason] = useState('');
  const [form] = Form.useForm<{ decision?: DecisionFormValues }>();
  const d = dossier.data;
  const run = (status: AwardProposalStatus, extra: { reason?: string; decision?: ReturnType<typeof formToDecision> } = {}) =>
    change.mutateAsync({ id: d.id, etag: dossier.etag, change: { status, ...extra } }).then(
      () => {
        void message.success(t('award.dossier.saved'));
        setOpen(undefined);
      },
      () => undefined,
    );
  return (
    <>
      <Space wrap>
        {may(d, 'SUBMIT') ? (
          <Button
            type="primary"
            onClick={() =>
              modal.confirm({
                title: t('award.dossier.submit'),
                content: t('award.dossier.submitQuestion'),
                okText: t('award.dossier.submit'),
                cancelText: t('common.close'),
                onOk: () => run('SUBMITTED'),
              })
            }
          >
            {t('award.dossier.submit')}
          </Button>
        ) : null}
        {may(d, 'TAKE_UP') ? (
          <Button type="primary" loading={change.isPending} onClick={() => void run('APPRAISING')}>
            {t('award.dossier.takeUp')}
          </Button>
        ) : null}
        {may(d, 'RETURN') ? <Button onClick={() => setOpen('return')}>{t('award.dossier.return')}</Button> : null}
        {may(d, 'DECIDE') ? (
          <Button type="primary" onClick={() => setOpen('decide')}>
            {t('award.dossier.decide')}
          </Button>
        ) : null}
      </Space>
      {!open ? <WriteError error={change.error} onReload={onReload} /> : null}
      {open === 'return' ? (
        <Modal
          open
          title={t('award.dossier.return')}
          okText={t('award.dossier.return')}
          okButtonProps={{ disabled: !reason.trim() }}
          cancelText={t('common.close')}
          confirmLoading={change.isPending}
          onCancel={() => setOpen(undefined)}
          onOk={() => void run('RETURNED', { reason: reason.trim() })}
        >
          <label htmlFor={`dossier-return-${d.id}`}>{t('award.dossier.reason')}</label>
          <Input.TextArea id={`dossier-return-${d.id}`} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
          <WriteError error={change.error} onReload={onReload} />
        </Modal>
      ) : null}
      {open === 'decide' ? (
        <Modal
          open
          width={720}
          title={t('award.dossier.decide')}
          okText={t('award.dossier.decide')}
          cancelText={t('common.close')}
          confirmLoading={change.isPending}
          onCancel={() => setOpen(undefined)}
          onOk={() => form.submit()}
        >
          <Form form={form} layout="vertical" onFinish={(v) => void run('DECIDED', { decision: formToDecision(v.decision) })}>
            <DecisionFields name="decision" legend={t('award.dossier.decisionLegend')} form={form} required />
            <WriteError error={change.error} onReload={onReload} />
          </Form>
        </Modal>
      ) : null}
    </>
  );
}

function DecisionFiles({ dossier }: { dossier: AwardProposal }) {
  const { t } = useTranslation();
  const query = useAwardDecisionFiles(dossier.id, true);
  const upload = useUploadDecisionFile(dossier.id);
  return (
    <section aria-labelledby={`award-decision-files-${dossier.id}`} className="subsection">
      <h4 id={`award-decision-files-${dossier.id}`} className="subheading">
        {t('award.dossier.decisionFiles')}
      </h4>
      <StoredFilesSection
        query={query}
        send={(args) => upload.mutateAsync({ ...args, id: dossier.id })}
        canUpload={may(dossier, 'UPLOAD_DECISION')}
        emptyText={t('award.dossier.noDecisionFiles')}
        testId={`award-decision-files-${dossier.id}`}
      />
    </section>
  );
}

export function DossierView({ dossier, onReload }: { dossier: Dossier; onReload: () => void }) {
  const { t } = useTranslation();
  const remove = useRemoveItem();
  const [reports, setReports] = useState<AwardProposalItem>();
  const [appraising, setAppraising] = useState<AwardProposalItem>();
  const d = dossier.data;
  return (
    <div className="stack" data-testid={`dossier-${d.id}`}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('award.dossier.status')}>
          <Tag color={statusColor[d.status]}>{t(`award.dossier.statuses.${d.status}`)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('award.dossier.award')}>{t('award.dossier.quota', { flags: d.flagQuota, certificates: d.certificateQuota })}</Descriptions.Item>
        {d.decision ? (
          <Descriptions.Item label={t('award.dossier.decision')} span={2}>
            <DecisionText decision={d.decision} />
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={d.items}
        scroll={{ x: true }}
        data-testid={`dossier-items-${d.id}`}
        columns={[
          { title: t('award.dossier.unit'), render: (_, i) => i.unit.name },
          { title: t('award.dossier.award'), render: (_, i) => i.awardLabel },
          {
            title: t('award.dossier.rank'),
            render: (_, i) => (i.rankPosition != null && i.rankOf != null ? t('award.dossier.rankValue', { position: i.rankPosition, of: i.rankOf }) : ''),
          },
          {
            title: t('award.dossier.fromVote'),
            render: (_, i) => (i.voteId != null ? <a href={paths.termRecord(d.termId, 'VOTE', i.voteId)}>#{i.voteId}</a> : <span className="muted">{t('award.dossier.addedByLeader')}</span>),
          },
          {
            title: t('award.dossier.report'),
            render: (_, i) => (
              <Button size="small" onClick={() => setReports(i)} aria-label={t('award.dossier.reports', { unit: i.unit.name })}>
                {i.hasAchievementReport ? t('award.dossier.hasReport') : t('award.dossier.noReport')}
              </Button>
            ),
          },
          {
            title: t('award.dossier.outcome'),
            render: (_, i) =>
              i.outcome ? (
                <span>
                  <Tag color={i.outcome === 'REJECTED' ? TAG_COLORS.red : i.outcome === 'DOWNGRADED' ? TAG_COLORS.brown : TAG_COLORS.green}>
                    {t(`award.dossier.outcomes.${i.outcome}`)}
                  </Tag>
                  {i.outcomeReason ? <span className="muted">{i.outcomeReason}</span> : null}
                </span>
              ) : null,
          },
          {
            title: '',
            render: (_, i) => (
              <Space wrap>
                {may(d, 'APPRAISE') ? (
                  <Button size="small" onClick={() => setAppraising(i)} aria-label={t('award.dossier.appraiseNamed', { unit: i.unit.name })}>
                    {t('award.dossier.appraise')}
                  </Button>
                ) : null}
                {may(d, 'REMOVE_ITEM') ? (
                  <Button
                    size="small"
                    danger
                    loading={remove.isPending}
                    aria-label={t('award.dossier.removeNamed', { unit: i.unit.name })}
                    onClick={() => remove.mutate({ id: d.id, etag: dossier.etag, itemId: i.id })}
                  >
                    {t('award.dossier.remove')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <WriteError error={remove.error} onReload={onReload} />
      {may(d, 'ADD_ITEM') ? <AddItem dossier={dossier} onReload={onReload} /> : null}
      <Space wrap align="start">
        <DownloadButton icon={<FilePdfOutlined aria-hidden />} fetchFile={() => fetchCoverMemo(d.id)}>
          {t('award.dossier.coverMemo')}
        </DownloadButton>
        <DownloadButton icon={<FileExcelOutlined aria-hidden />} fetchFile={() => fetchProposalSpreadsheet(d.id)}>
          {t('award.dossier.spreadsheet')}
        </DownloadButton>
      </Space>
      <Steps dossier={dossier} onReload={onReload} />
      {d.status === 'DECIDED' || may(d, 'UPLOAD_DECISION') ? <DecisionFiles dossier={d} /> : null}
      {d.history.length > 0 ? (
        <details>
          <summary>{t('award.dossier.history')}</summary>
          <ol>
            {d.history.map((s, n) => (
              <li key={n}>
                {t('award.dossier.step', {
                  from: t(`award.dossier.statuses.${s.from}`),
                  to: t(`award.dossier.statuses.${s.to}`),
                  actor: s.actor,
                  at: formatDateTime(s.at),
                })}
                {s.reason ? ` — ${s.reason}` : ''}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {reports ? <ReportsModal dossier={d} item={reports} onClose={() => setReports(undefined)} /> : null}
      {appraising ? <AppraiseModal dossier={dossier} item={appraising} onClose={() => setAppraising(undefined)} onReload={onReload} /> : null}
    </div>
  );
}

function DossierLoader({ id }: { id: number }) {
  const query = useProposal(id);
  return <QueryState query={query}>{(d) => <DossierView dossier={d} onReload={() => void query.refetch()} />}</QueryState>;
}

/** «Hồ sơ đề nghị khen thưởng» on the term's page: the dossier (at most one a year), or the button to create it. */
export function DossierSection({ term }: { term: Term }) {
  const { t } = useTranslation();
  const query = useTermProposals(term.id);
  const create = useCreateProposal();
  return (
    <div className="stack">
      <QueryState query={query}>
        {(page) =>
          page.items.length === 0 ? (
            <div className="stack">
              <p className="muted">{t('award.dossier.none')}</p>
              {may(page, 'CREATE') ? (
                <div>
                  <Button icon={<PlusOutlined aria-hidden />} loading={create.isPending} onClick={() => create.mutate(term.id)}>
                    {t('award.dossier.create')}
                  </Button>
                </div>
              ) : null}
              <WriteError error={create.error} onReload={() => void query.refetch()} />
            </div>
          ) : (
            page.items.map((d) => <DossierLoader key={d.id} id={d.id} />)
          )
        }
      </QueryState>
    </div>
  );
}
