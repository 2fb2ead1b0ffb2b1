import { useState } from 'react';
import { Alert, Button, Form, Input, List, Modal, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format/date';
import { useErrorText } from '@/lib/ui/error-alert';
import { TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { useRegistrations } from '@/features/campaigns/api/list-registrations';
import { useCreateRegistration } from '@/features/campaigns/api/create-registration';
import { useUpdateRegistration } from '@/features/campaigns/api/update-registration';
import { useChangeRegistrationStatus } from '@/features/campaigns/api/change-registration-status';
import type { Campaign, Registration, RegistrationOverview } from '@/features/campaigns/types';

const statusColor: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: TAG_COLORS.blue,
  ACCEPTED: TAG_COLORS.green,
  RETURNED: TAG_COLORS.brown,
};

function RegistrationRow({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const step = useChangeRegistrationStatus();
  const [error, setError] = useState<string>();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const allowed = new Set(registration.permissions);
  const move = async (status: 'SUBMITTED' | 'ACCEPTED' | 'RETURNED', why?: string) => {
    setError(undefined);
    try {
      await step.mutateAsync({ id: registration.id, status, reason: why });
      setReturning(false);
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <List.Item data-testid={`registration-${registration.unit.code}`}>
      <div className="stack" style={{ width: '100%' }}>
        <Space wrap>
          <strong>{registration.unit.name}</strong>
          <Tag color={statusColor[registration.status] ?? 'default'}>{t(`registration.status.${registration.status}`)}</Tag>
          {registration.late ? <Tag color={TAG_COLORS.red}>{t('registration.late')}</Tag> : null}
          {registration.submittedOn ? <span className="muted">{t('registration.submittedOn', { date: formatDate(registration.submittedOn) })}</span> : null}
        </Space>
        <span className="pre-wrap">{registration.targets}</span>
        {registration.numericTargets.map((n) => (
          <span key={n.name} className="muted">
            {n.name}: {n.value} {n.unitOfMeasure}
          </span>
        ))}
        {registration.returnReason ? <Alert type="warning" showIcon title={t('registration.returnedBecause', { reason: registration.returnReason })} /> : null}
        <Space wrap>
          {allowed.has('SUBMIT') ? (
            <Button type="primary" loading={step.isPending} onClick={() => void move('SUBMITTED')}>
              {t('registration.submit')}
            </Button>
          ) : null}
          {allowed.has('ACCEPT') ? (
            <Button type="primary" loading={step.isPending} onClick={() => void move('ACCEPTED')}>
              {t('registration.accept')}
            </Button>
          ) : null}
          {allowed.has('RETURN') ? <Button onClick={() => setReturning(true)}>{t('registration.return')}</Button> : null}
        </Space>
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        <Modal
          open={returning}
          title={t('registration.returnTitle', { unit: registration.unit.name })}
          okText={t('registration.return')}
          cancelText={t('common.cancel')}
          okButtonProps={{ disabled: !reason.trim(), loading: step.isPending }}
          onOk={() => void move('RETURNED', reason.trim())}
          onCancel={() => setReturning(false)}
        >
          <label htmlFor={`reason-${registration.id}`}>{t('registration.reason')}</label>
          <Input.TextArea id={`reason-${registration.id}`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
        </Modal>
      </div>
    </List.Item>
  );
}

/** The member's own registration: write targets, or edit them while a draft or returned. */
function MyRegistrationForm({ campaignId, own, unitId }: { campaignId: number; own?: Registration; unitId?: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const create = useCreateRegistration();
  const update = useUpdateRegistration();
  const [error, setError] = useState<string>();
  const editable = own ? own.permissions.includes('UPDATE') : true;
  if (!editable || (!own && unitId === undefined)) return null;
  const submit = async ({ targets }: { targets: string }) => {
    setError(undefined);
    try {
      if (own) await update.mutateAsync({ id: own.id, targets });
      else if (unitId !== undefined) await create.mutateAsync({ campaignId, input: { unitId, targets } });
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Form name={`registration-${campaignId}`} layout="vertical" onFinish={(v: { targets: string }) => void submit(v)} initialValues={{ targets: own?.targets }} aria-label={t('registration.mine')}>
      <Form.Item name="targets" label={t('registration.targets')} rules={[{ required: true, message: t('common.required') }]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Button htmlType="submit" loading={create.isPending || update.isPending}>
        {own ? t('registration.saveTargets') : t('registration.register')}
      </Button>
    </Form>
  );
}

function Overview({ campaign, overview }: { campaign: Campaign; overview: RegistrationOverview }) {
  const { t } = useTranslation();
  const { unitCode } = useAuth();
  const own = overview.items.find((r) => r.unit.code === unitCode);
  const ownMissing = overview.missing.find((u) => u.code === unitCode);
  return (
    <section className="subsection stack" aria-label={t('registration.heading')}>
      <h4 className="subheading">{t('registration.heading')}</h4>
      <Space wrap>
        <Tag data-testid="registered-count">{t('registration.counts', { registered: overview.registeredCount, members: overview.memberCount })}</Tag>
        {overview.lateCount > 0 ? <Tag color={TAG_COLORS.red}>{t('registration.lateCount', { count: overview.lateCount })}</Tag> : null}
        {overview.registrationDeadline ? <span className="muted">{t('registration.deadline', { date: formatDate(overview.registrationDeadline) })}</span> : null}
      </Space>
      {overview.missing.length > 0 ? (
        <div data-testid="missing-units">
          <span>{t('registration.missing')}: </span>
          {overview.missing.map((u) => (
            <Tag key={u.id}>{u.name}</Tag>
          ))}
        </div>
      ) : (
        <span data-testid="missing-units">{t('registration.noneMissing')}</span>
      )}
      {campaign.status === 'LAUNCHED' && (own || overview.permissions.includes('REGISTER')) ? (
        <MyRegistrationForm campaignId={campaign.id} own={own} unitId={own ? undefined : ownMissing?.id} />
      ) : null}
      <List dataSource={overview.items} rowKey="id" renderItem={(r) => <RegistrationRow registration={r} />} />
    </section>
  );
}

/** Who registered, who has not, who was late; the managers accept or return, a member registers and submits. */
export function RegistrationsPanel({ campaign }: { campaign: Campaign }) {
  const query = useRegistrations(campaign.id);
  return <QueryState query={query}>{(overview) => <Overview campaign={campaign} overview={overview} />}</QueryState>;
}
