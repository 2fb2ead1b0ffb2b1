import { useId, useState } from 'react';
import { Alert, Button, Card, Form, Input, Modal, Progress, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate, todayIso } from '@/lib/format/date';
import { recordAnchor } from '@/lib/routing/paths';
import { useErrorText } from '@/lib/ui/error-alert';
import { TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { useTermCovenant } from '@/features/covenant/api/list-term-covenants';
import { useCreateCovenant } from '@/features/covenant/api/create-covenant';
import { useChangeCovenantStatus } from '@/features/covenant/api/change-covenant-status';
import { useSignCovenant } from '@/features/covenant/api/sign-covenant';
import { useUploadSignatureScan } from '@/features/covenant/api/upload-signature-scan';
import { type Covenant, type CovenantSignature, type TermSummary } from '@/features/covenant/types';

const statusColor: Record<string, string> = { DRAFT: 'default', CIRCULATED: TAG_COLORS.blue, SIGNED: TAG_COLORS.green };

function ScanUpload({ signature }: { signature: CovenantSignature }) {
  const { t } = useTranslation();
  const id = useId();
  const upload = useUploadSignatureScan();
  const errorText = useErrorText();
  const [progress, setProgress] = useState<number>();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState(false);
  const send = async (file?: File) => {
    if (!file) return;
    setError(undefined);
    setProgress(0);
    try {
      await upload.mutateAsync({ signatureId: signature.id, file, onProgress: setProgress });
      setDone(true);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setProgress(undefined);
    }
  };
  return (
    <Space direction="vertical">
      <label htmlFor={id}>{t('covenant.uploadScan')}</label>
      <input id={id} type="file" accept="application/pdf,image/png,image/jpeg" onChange={(e) => void send(e.target.files?.[0])} />
      {progress !== undefined ? <Progress percent={progress} aria-label={t('files.progress')} /> : null}
      {done ? <Tag color={TAG_COLORS.green}>{t('covenant.scanUploaded')}</Tag> : null}
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Space>
  );
}

interface SignValues {
  signerName: string;
  signerTitle: string;
  signedOn: string;
}

function SignForm({ covenant, unitId }: { covenant: Covenant; unitId: number }) {
  const { t } = useTranslation();
  const sign = useSignCovenant();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const submit = async (v: SignValues) => {
    setError(undefined);
    try {
      await sign.mutateAsync({ id: covenant.id, input: { unitId, ...v } });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Form name={`covenant-sign-${covenant.id}`} layout="vertical" onFinish={(v: SignValues) => void submit(v)} initialValues={{ signedOn: todayIso() }} aria-label={t('covenant.sign')}>
      <Space wrap align="end">
        <Form.Item name="signerName" label={t('covenant.signerName')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('covenant.signerTitle')} rules={[{ required: true, message: t('common.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="signedOn" label={t('covenant.signedOn')} rules={[{ required: true, message: t('common.required') }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={sign.isPending}>
            {t('covenant.sign')}
          </Button>
        </Form.Item>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Form>
  );
}

function CovenantView({ covenant }: { covenant: Covenant }) {
  const { t } = useTranslation();
  const { unitCode } = useAuth();
  const errorText = useErrorText();
  const step = useChangeCovenantStatus();
  const [error, setError] = useState<string>();
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const allowed = new Set(covenant.permissions);
  const ownMissing = covenant.missing.find((u) => u.code === unitCode);
  const signUnit = ownMissing ?? (unitCode ? undefined : covenant.missing[0]);
  const move = async (status: Covenant['status'], why?: string) => {
    setError(undefined);
    try {
      await step.mutateAsync({ id: covenant.id, status, reason: why });
      setClosing(false);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <div className="stack" id={recordAnchor('COVENANT', covenant.id)} data-testid="covenant">
      <Space wrap>
        <strong>{covenant.title}</strong>
        <Tag color={statusColor[covenant.status] ?? 'default'}>{t(`covenant.status.${covenant.status}`)}</Tag>
        {covenant.signedOn ? <span>{t('covenant.signedOnDate', { date: formatDate(covenant.signedOn) })}</span> : null}
      </Space>
      <ol>
        {covenant.clauses.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ol>
      {covenant.documents.length > 0 ? (
        <div>
          <span>{t('covenant.documents')}: </span>
          {covenant.documents.map((d) => (
            <Tag key={`${d.kind}-${d.title}`}>
              {d.title}
              {d.adoptedOn ? ` (${formatDate(d.adoptedOn)})` : ''}
            </Tag>
          ))}
        </div>
      ) : null}
      <Tag data-testid="signed-count">{t('covenant.counts', { signed: covenant.signatures.length, members: covenant.memberCount })}</Tag>
      <div data-testid="covenant-missing">
        {covenant.missing.length > 0 ? (
          <>
            <span>{t('covenant.missing')}: </span>
            {covenant.missing.map((u) => (
              <Tag key={u.id}>{u.name}</Tag>
            ))}
          </>
        ) : (
          <span>{t('covenant.noneMissing')}</span>
        )}
      </div>
      {covenant.closedIncomplete ? (
        <Alert type="warning" showIcon title={t('covenant.closedIncomplete', { reason: covenant.closedReason, units: covenant.closedMissing.map((u) => u.name).join(', ') })} />
      ) : null}
      <Table<CovenantSignature>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={covenant.signatures}
        columns={[
          { title: t('covenant.unit'), render: (_, s) => s.unit.name },
          { title: t('covenant.signerName'), render: (_, s) => `${s.signerName} — ${s.signerTitle}` },
          { title: t('covenant.signedOn'), render: (_, s) => formatDate(s.signedOn) },
          { title: t('covenant.scan'), render: (_, s) => (s.permissions.includes('UPLOAD_SCAN') ? <ScanUpload signature={s} /> : null) },
        ]}
      />
      <Space wrap>
        {allowed.has('CIRCULATE') ? (
          <Button type="primary" loading={step.isPending} onClick={() => void move('CIRCULATED')}>
            {t('covenant.circulate')}
          </Button>
        ) : null}
        {allowed.has('CLOSE') ? <Button onClick={() => setClosing(true)}>{t('covenant.close')}</Button> : null}
      </Space>
      {allowed.has('SIGN') && signUnit ? <SignForm covenant={covenant} unitId={signUnit.id} /> : null}
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Modal
        open={closing}
        title={t('covenant.closeTitle')}
        okText={t('covenant.close')}
        cancelText={t('common.cancel')}
        okButtonProps={{ disabled: covenant.missing.length > 0 && !reason.trim(), loading: step.isPending }}
        onOk={() => void move('SIGNED', reason.trim() || undefined)}
        onCancel={() => setClosing(false)}
      >
        <p>{t('covenant.closeHelp', { units: covenant.missing.map((u) => u.name).join(', ') })}</p>
        <label htmlFor={`close-${covenant.id}`}>{t('covenant.reason')}</label>
        <Input.TextArea id={`close-${covenant.id}`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
      </Modal>
    </div>
  );
}

function CreateCovenantForm({ termId }: { termId: number }) {
  const { t } = useTranslation();
  const create = useCreateCovenant();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const submit = async ({ title, clauses }: { title: string; clauses: string }) => {
    setError(undefined);
    try {
      await create.mutateAsync({
        termId,
        input: { title, clauses: clauses.split('\n').map((c) => c.trim()).filter(Boolean) },
      });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Form name="covenant-create" layout="vertical" onFinish={(v: { title: string; clauses: string }) => void submit(v)} aria-label={t('covenant.create')}>
      <Form.Item name="title" label={t('covenant.title')} rules={[{ required: true, message: t('common.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="clauses" label={t('covenant.clauses')} extra={t('covenant.clausesHelp')} rules={[{ required: true, message: t('common.required') }]}>
        <Input.TextArea rows={4} />
      </Form.Item>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('covenant.create')}
      </Button>
    </Form>
  );
}

/** The term's covenant: its clauses, documents, who signed (and when) and who is missing; sign for one's own unit. */
export function CovenantSection({ term }: { term: TermSummary }) {
  const { t } = useTranslation();
  const query = useTermCovenant(term.id);
  const manages = term.permissions.includes('MANAGE_YEAR');
  return (
    <Card title={<h2 className="card-heading">{t('covenant.sectionTitle')}</h2>}>
      <QueryState query={query}>
        {(covenant) =>
          covenant ? (
            <CovenantView covenant={covenant} />
          ) : manages ? (
            <CreateCovenantForm termId={term.id} />
          ) : (
            <span className="muted">{t('covenant.none')}</span>
          )
        }
      </QueryState>
    </Card>
  );
}
