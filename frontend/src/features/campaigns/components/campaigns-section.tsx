import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, List, Select, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { recordAnchor } from '@/lib/routing/paths';
import { useErrorText } from '@/lib/ui/error-alert';
import { DecisionText, TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { useCampaigns } from '@/features/campaigns/api/list-campaigns';
import { useCreateCampaign } from '@/features/campaigns/api/create-campaign';
import { useChangeCampaignStatus } from '@/features/campaigns/api/change-campaign-status';
import { LaunchDocumentUpload } from '@/features/campaigns/components/launch-document-upload';
import { RegistrationsPanel } from '@/features/campaigns/components/registrations-panel';
import { CAMPAIGN_KINDS, type Campaign, type CampaignKind, type TermSummary } from '@/features/campaigns/types';

const statusColor: Record<string, string> = { DRAFT: 'default', LAUNCHED: TAG_COLORS.green, CLOSED: 'default' };

export function CampaignStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={statusColor[status] ?? 'default'}>{t(`campaign.status.${status}`)}</Tag>;
}

function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const step = useChangeCampaignStatus();
  const [error, setError] = useState<string>();
  const allowed = new Set(campaign.permissions);
  const move = (status: 'LAUNCHED' | 'CLOSED') => {
    setError(undefined);
    step.mutateAsync({ id: campaign.id, status }).catch((e: unknown) => setError(errorText(e)));
  };
  return (
    <Card
      size="small"
      id={recordAnchor('CAMPAIGN', campaign.id)}
      data-testid={`campaign-${campaign.id}`}
      title={<h3 className="subheading">{campaign.title}</h3>}
      extra={<CampaignStatusTag status={campaign.status} />}
    >
      <div className="stack">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('campaign.kind')}>{t(`campaign.kinds.${campaign.kind}`)}</Descriptions.Item>
          {campaign.theme ? <Descriptions.Item label={t('campaign.theme')}>{campaign.theme}</Descriptions.Item> : null}
          <Descriptions.Item label={t('campaign.launchDocument')} span={2}>
            <DecisionText decision={campaign.launchDecision} />
          </Descriptions.Item>
          <Descriptions.Item label={t('campaign.launchedOn')}>{formatDate(campaign.launchedOn) || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('campaign.deadline')}>
            {formatDate(campaign.registrationDeadline) || t('common.none')}
          </Descriptions.Item>
          {campaign.respondsTo ? (
            <Descriptions.Item label={t('campaign.respondsTo')}>{campaign.respondsTo.title}</Descriptions.Item>
          ) : null}
        </Descriptions>
        <Space wrap>
          {allowed.has('LAUNCH') ? (
            <Button type="primary" loading={step.isPending} onClick={() => move('LAUNCHED')}>
              {t('campaign.launch')}
            </Button>
          ) : null}
          {allowed.has('CLOSE') ? (
            <Button loading={step.isPending} onClick={() => move('CLOSED')}>
              {t('campaign.close')}
            </Button>
          ) : null}
        </Space>
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
        <LaunchDocumentUpload campaignId={campaign.id} canUpload={allowed.has('UPLOAD_FILE')} />
        {campaign.status !== 'DRAFT' ? <RegistrationsPanel campaign={campaign} /> : null}
      </div>
    </Card>
  );
}

interface DraftValues {
  kind: CampaignKind;
  title: string;
  theme?: string;
  number?: string;
  date?: string;
  issuer?: string;
  registrationDeadline?: string;
  endsOn?: string;
}

function CreateCampaignForm({ termId, onDone }: { termId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateCampaign();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const [form] = Form.useForm<DraftValues>();
  const submit = async (v: DraftValues) => {
    setError(undefined);
    try {
      await create.mutateAsync({
        termId,
        kind: v.kind,
        title: v.title,
        theme: v.theme || undefined,
        registrationDeadline: v.registrationDeadline || undefined,
        endsOn: v.endsOn || undefined,
        launchDecision: v.number && v.date && v.issuer ? { number: v.number, date: v.date, issuer: v.issuer } : undefined,
      });
      form.resetFields();
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Form form={form} name="campaign-create" layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ kind: 'YEARLY' }} aria-label={t('campaign.create')}>
      <Form.Item name="kind" label={t('campaign.kind')} rules={[{ required: true }]}>
        <Select options={CAMPAIGN_KINDS.filter((k) => k !== 'RESPONSE').map((k) => ({ value: k, label: t(`campaign.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('campaign.title')} rules={[{ required: true, message: t('common.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="theme" label={t('campaign.theme')}>
        <Input maxLength={500} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="number" label={t('campaign.documentNumber')}>
          <Input placeholder="409/TĐKT-KTKT" />
        </Form.Item>
        <Form.Item name="date" label={t('campaign.documentDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="issuer" label={t('campaign.documentIssuer')}>
          <Input />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="registrationDeadline" label={t('campaign.deadline')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endsOn" label={t('campaign.endsOn')}>
          <Input type="date" />
        </Form.Item>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Button type="primary" htmlType="submit" loading={create.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

/** The term's campaigns: the leader's view (draft, launch, registrations) and a member's (my registration). */
export function CampaignsSection({ term }: { term: TermSummary }) {
  const { t } = useTranslation();
  const query = useCampaigns(term.id);
  const [creating, setCreating] = useState(false);
  const manages = term.permissions.includes('MANAGE_YEAR');
  return (
    <Card
      title={<h2 className="card-heading">{t('campaign.sectionTitle')}</h2>}
      extra={
        manages && !creating ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            {t('campaign.create')}
          </Button>
        ) : null
      }
    >
      <div className="stack">
        {creating ? <CreateCampaignForm termId={term.id} onDone={() => setCreating(false)} /> : null}
        <QueryState query={query} isEmpty={(items) => items.length === 0} emptyText={t('campaign.none')}>
          {(items) => <List dataSource={items} rowKey="id" renderItem={(c) => <List.Item><CampaignCard campaign={c} /></List.Item>} />}
        </QueryState>
      </div>
    </Card>
  );
}
