import { Button, Form, Input, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '@/lib/format/date';
import { paths } from '@/lib/routing/paths';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { PageHeader } from '@/lib/ui/page-header';
import { useAuditEvents } from '@/features/audit/api/list-audit-events';
import { AUDIT_PAGE_SIZE, readFilters, toQuery } from '@/features/audit/components/audit-filters';
import { AUDIT_ENTITY_TYPES, type AuditEvent } from '@/features/audit/types';

interface FilterValues {
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
}

/** A recorded value in words: blank, a civil date as dd/MM/yyyy, an object as JSON. */
function useValueText() {
  const { t } = useTranslation();
  return (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('audit.blank');
    if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return JSON.stringify(value);
  };
}

function Changes({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const text = useValueText();
  const entries = Object.entries(event.changes ?? {});
  return (
    <>
      {entries.length === 0 ? (
        <span className="muted">{t('audit.noChanges')}</span>
      ) : (
        <ul className="plain-list audit-changes">
          {entries.map(([field, change]) => (
            <li key={field}>
              <span className="audit-field">{field}</span>: {text(change.before)} → {text(change.after)}
            </li>
          ))}
        </ul>
      )}
      {event.reason ? (
        <div className="audit-reason">
          <span className="muted">{t('audit.reason')}:</span> {event.reason}
        </div>
      ) : null}
    </>
  );
}

function entityLink(event: AuditEvent): string | undefined {
  switch (event.entityType) {
    case 'Unit':
      return paths.unit(event.entityId);
    case 'Bloc':
      return paths.bloc(event.entityId);
    case 'Term':
      return paths.term(event.entityId);
    default:
      return undefined;
  }
}

function Entity({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const label = `${t(`audit.entityTypes.${event.entityType}`, { defaultValue: event.entityType })} #${event.entityId}`;
  const to = event.operation === 'DELETE' ? undefined : entityLink(event);
  return to ? <Link to={to}>{label}</Link> : <span>{label}</span>;
}

function Operation({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return <Tag>{t(`audit.operations.${event.operation}`, { defaultValue: event.operation })}</Tag>;
}

function Actor({ event }: { event: AuditEvent }) {
  return (
    <span>
      {event.actor}
      {event.actorUnit ? <span className="muted"> ({event.actorUnit})</span> : null}
    </span>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const query = useAuditEvents(toQuery(filters));
  const [form] = Form.useForm<FilterValues>();

  const setFilters = (values: FilterValues, page?: number) => {
    const next = new URLSearchParams();
    const put = (key: string, value: string | undefined) => {
      if (value) next.set(key, value);
    };
    put('entityType', values.entityType);
    put('entityId', values.entityId?.trim());
    put('actor', values.actor?.trim());
    put('from', toIsoDate(values.from));
    put('to', toIsoDate(values.to));
    if (page) put('page', String(page));
    setParams(next, { replace: true });
  };
  const current: FilterValues = {
    entityType: filters.entityType ?? '',
    entityId: filters.entityId,
    actor: filters.actor,
    from: toDisplayDate(filters.from),
    to: toDisplayDate(filters.to),
  };
  const filtered = Boolean(filters.entityType || filters.entityId || filters.actor || filters.from || filters.to);

  const columns: ColumnsType<AuditEvent> = [
    {
      title: t('audit.time'),
      key: 'time',
      width: 150,
      className: 'audit-time',
      render: (_, e) => (
        <>
          <span className="nowrap">{formatDateTime(e.occurredAt)}</span>
          <span className="xs-only">
            <br />
            <Operation event={e} />
            <br />
            <Actor event={e} />
            <br />
            <Entity event={e} />
          </span>
        </>
      ),
    },
    { title: t('audit.actor'), key: 'actor', responsive: ['sm'], render: (_, e) => <Actor event={e} /> },
    { title: t('audit.operation'), key: 'operation', responsive: ['sm'], render: (_, e) => <Operation event={e} /> },
    { title: t('audit.entity'), key: 'entity', responsive: ['sm'], render: (_, e) => <Entity event={e} /> },
    { title: t('audit.changes'), key: 'changes', render: (_, e) => <Changes event={e} /> },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} />
      <Form<FilterValues>
        key={params.toString()}
        form={form}
        name="audit-filters"
        layout="vertical"
        className="toolbar audit-filters"
        role="search"
        aria-label={t('common.search')}
        initialValues={current}
        onFinish={(values) => setFilters(values)}
      >
        <Form.Item name="entityType" label={t('audit.entityType')}>
          <Select
            style={{ minWidth: 170 }}
            options={[
              { value: '', label: t('common.all') },
              ...AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: t(`audit.entityTypes.${e}`) })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="entityId"
          label={t('audit.entityId')}
          rules={[{ pattern: /^\s*\d+\s*$/, message: t('audit.entityIdInvalid') }]}
        >
          <Input inputMode="numeric" style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="actor" label={t('audit.actor')}>
          <Input placeholder={t('audit.actorPlaceholder')} style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="from" label={t('audit.from')} rules={dateRule(t)}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="to" label={t('audit.to')} rules={dateRule(t)}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} style={{ width: 140 }} />
        </Form.Item>
        <div className="toolbar-buttons">
          <Button type="primary" htmlType="submit">
            {t('common.apply')}
          </Button>
          {filtered ? <Button onClick={() => setFilters({})}>{t('common.clear')}</Button> : null}
        </div>
      </Form>
      <p className="muted">{t('audit.timeZoneNote')}</p>
      {query.isError ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<AuditEvent>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        locale={{ emptyText: query.isPending ? t('app.loading') : filtered ? t('audit.empty') : t('common.empty') }}
        pagination={{
          current: filters.page + 1,
          pageSize: AUDIT_PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (p) => setFilters(current, p > 1 ? p - 1 : undefined),
        }}
        aria-label={t('audit.title')}
        data-testid="audit-table"
      />
    </>
  );
}
