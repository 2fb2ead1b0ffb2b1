import { useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Space, Table, Tag, Tooltip } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { components } from '@/lib/api/schema.gen';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { TAG_COLORS } from '@/lib/ui/labels';
import { dateRule, toIsoDate } from '@/lib/ui/date-rules';
import { QueryState } from '@/lib/ui/query-state';
import { useErrorText } from '@/lib/ui/error-alert';
import { useOpenTermScoring, useTermScoring } from '@/features/scoring/api/scoring';
import { RoundActions } from '@/features/scoring/components/round-actions';
import { LateTag, SheetStatusTag } from '@/features/scoring/components/status-tags';
import { AGGREGATIONS, formatNumber, type Aggregation, type ScoringRound, type SheetSummary } from '@/features/scoring/types';

type Term = components['schemas']['Term'];

export const sheetPath = (id: number) => `/sheets/${id}`;

function OpenScoringForm({ termId }: { termId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ selfDeadline: string; aggregation: Aggregation; deviationThreshold: number }>();
  const open = useOpenTermScoring();
  const errorText = useErrorText();
  const [error, setError] = useState<string>();
  const submit = async (values: { selfDeadline: string; aggregation: Aggregation; deviationThreshold: number }) => {
    setError(undefined);
    try {
      await open.mutateAsync({
        termId,
        input: { selfDeadline: toIsoDate(values.selfDeadline) ?? '', aggregation: values.aggregation, deviationThreshold: values.deviationThreshold },
      });
      void message.success(t('scoring.opened'));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ aggregation: 'MEAN', deviationThreshold: 2 }} data-testid="open-scoring">
      <p>{t('scoring.openHelp')}</p>
      <Space wrap align="start">
        <Form.Item name="selfDeadline" label={t('scoring.selfDeadline')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
          <Input placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item name="aggregation" label={t('scoring.aggregation')} rules={[{ required: true, message: t('common.required') }]}>
          <Select style={{ minWidth: 260 }} options={AGGREGATIONS.map((a) => ({ value: a, label: t(`scoring.aggregations.${a}`) }))} />
        </Form.Item>
        <Form.Item name="deviationThreshold" label={t('scoring.deviationThreshold')} rules={[{ required: true, message: t('common.required') }]}>
          <InputNumber min={0} max={1000} step={0.25} decimalSeparator="," />
        </Form.Item>
      </Space>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      <Button type="primary" htmlType="submit" loading={open.isPending}>
        {t('scoring.open')}
      </Button>
    </Form>
  );
}

function SheetLink({ sheet, manager }: { sheet: SheetSummary; manager: boolean }) {
  const { t } = useTranslation();
  if (sheet.mine) return <Link to={sheetPath(sheet.id)}>{t('scoring.openMine')}</Link>;
  if (sheet.myReviewId !== undefined) return <Link to={sheetPath(sheet.id)}>{t('scoring.openReview')}</Link>;
  if (manager) return <Link to={sheetPath(sheet.id)} aria-label={t('scoring.openSheetOf', { unit: sheet.unitName })}>{t('scoring.openSheet')}</Link>;
  return null;
}

/** The criteria of one sheet whose review deviates beyond the threshold: red when any, a muted 0 when none. */
function Deviations({ count }: { count: number }) {
  const { t } = useTranslation();
  if (count === 0) return <span className="muted">0</span>;
  return (
    <Tag color={TAG_COLORS.red} icon={<WarningOutlined aria-hidden />}>
      {t('scoring.deviatingCriteria', { count })}
    </Tag>
  );
}

/** What the app adds under the round (the ranking, another feature's), told the round. */
export type RoundExtra = (round: { roundId: number; reviewClosed: boolean; manager: boolean }) => ReactNode;

function RoundView({
  round,
  manager,
  onReload,
  ranking,
}: {
  round: { data: ScoringRound; etag: string };
  manager: boolean;
  onReload: () => void;
  ranking?: RoundExtra;
}) {
  const { t } = useTranslation();
  const r = round.data;
  const anyTotals = r.sheets.some((s) => s.selfTotal !== undefined || s.finalTotal !== undefined);
  // sent to those who consolidate and to the Board only, as on each sheet's page
  const deviations = r.sheets.some((s) => s.deviatingCriteria !== undefined);
  return (
    <div className="stack" data-testid="scoring-round">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('scoring.phase')}>{t(`scoring.roundStatus.${r.status}`)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.selfDeadline')}>{formatDate(r.selfDeadline)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.aggregation')}>{t(`scoring.aggregations.${r.aggregation}`)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.deviationThreshold')}>{formatNumber(r.deviationThreshold)}</Descriptions.Item>
        <Descriptions.Item label={t('scoring.scheme')}>{`${r.schemeTitle} (v${r.schemeVersionNo})`}</Descriptions.Item>
      </Descriptions>
      <RoundActions round={round} onReload={onReload} />
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.sheets}
        scroll={{ x: true }}
        className="scoring-sheets"
        data-testid="scoring-sheets"
        rowClassName={(s) => ((s.deviatingCriteria ?? 0) > 0 ? 'deviates' : '')}
        columns={[
          { title: t('scoring.unit'), dataIndex: 'unitName' },
          {
            title: t('scoring.status'),
            render: (_, s) => (
              <Space size={4} wrap>
                <SheetStatusTag status={s.status} />
                <LateTag late={s.late} />
              </Space>
            ),
          },
          { title: t('scoring.submittedAt'), render: (_, s) => formatDateTime(s.submittedAt) },
          ...(anyTotals
            ? [
                { title: t('scoring.selfTotal'), render: (_: unknown, s: SheetSummary) => formatNumber(s.selfTotal) },
                { title: t('scoring.finalTotal'), render: (_: unknown, s: SheetSummary) => formatNumber(s.finalTotal) },
              ]
            : []),
          ...(deviations
            ? [
                {
                  title: (
                    <Tooltip title={t('scoring.deviationsColumnHelp')}>
                      <span>{t('scoring.deviationsColumn')}</span>
                    </Tooltip>
                  ),
                  key: 'deviations',
                  render: (_: unknown, s: SheetSummary) => <Deviations count={s.deviatingCriteria ?? 0} />,
                },
              ]
            : []),
          { title: t('scoring.reviewers'), render: (_, s) => s.reviewers.map((v) => v.unitName).join(', ') },
          { title: '', key: 'open', render: (_, s) => <SheetLink sheet={s} manager={manager} /> },
        ]}
      />
      {ranking?.({ roundId: r.id, reviewClosed: r.status === 'REVIEW_CLOSED', manager })}
    </div>
  );
}

/** «Chấm điểm thi đua» on the term page: the round (phase, deadline, rule), its sheets, and the managers' actions. */
export function ScoringSection({ term, ranking }: { term: Term; ranking?: RoundExtra }) {
  const { t } = useTranslation();
  const query = useTermScoring(term.id);
  const manages = term.permissions.includes('MANAGE_YEAR');
  return (
    <Card title={<h2 className="card-heading">{t('scoring.sectionTitle')}</h2>} id="scoring">
      <QueryState query={query}>
        {(round) =>
          round ? (
            <RoundView round={round} manager={manages} onReload={() => void query.refetch()} ranking={ranking} />
          ) : manages ? (
            <OpenScoringForm termId={term.id} />
          ) : (
            <p className="muted">{t('scoring.notOpen')}</p>
          )
        }
      </QueryState>
    </Card>
  );
}
