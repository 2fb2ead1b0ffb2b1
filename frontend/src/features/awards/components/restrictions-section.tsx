import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';
import { useAuth } from '@/lib/auth/auth-context';
import { formatDate } from '@/lib/format/date';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { DecisionFields, decisionToForm, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ConflictAlert, ErrorAlert, WriteError } from '@/lib/ui/error-alert';
import { DecisionText, TAG_COLORS } from '@/lib/ui/labels';
import { QueryState } from '@/lib/ui/query-state';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { getRestriction, useCreateRestriction, useDeleteRestriction, useUnitRestrictions, useUpdateRestriction } from '@/features/awards/api/awards';
import { may, RESTRICTION_KINDS, type Restriction, type RestrictionKind, type UnitDetail } from '@/features/awards/types';

interface Values {
  kind: RestrictionKind;
  decision?: DecisionFormValues;
  fromDate?: string;
  toDate?: string;
  resolution?: string;
  note?: string;
}

const FIELDS = ['kind', 'decision', 'fromDate', 'toDate', 'resolution', 'note'] as const;

function RestrictionModal({ unitId, restriction, onClose }: { unitId: number; restriction?: Restriction; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const create = useCreateRestriction(unitId);
  const update = useUpdateRestriction(unitId);
  const initial: Values = restriction
    ? {
        kind: restriction.kind,
        decision: decisionToForm(restriction.decision),
        fromDate: toDisplayDate(restriction.fromDate),
        toDate: toDisplayDate(restriction.toDate),
        resolution: restriction.resolution ?? undefined,
        note: restriction.note ?? undefined,
      }
    : { kind: 'DISCIPLINE' };
  const submit = async (values: Values) => {
    errors.clear();
    const input = {
      kind: values.kind,
      decision: formToDecision(values.decision)!,
      fromDate: toIsoDate(values.fromDate)!,
      toDate: toIsoDate(values.toDate),
      resolution: values.resolution?.trim() || undefined,
      note: values.note?.trim() || undefined,
    };
    try {
      if (restriction) {
        // the list carries no ETag per row: read the record's own, then write with it
        const current = await getRestriction(restriction.id);
        if (current.data.version !== restriction.version) throw new Error('stale');
        await update.mutateAsync({ id: restriction.id, etag: current.etag, input });
      } else {
        await create.mutateAsync(input);
      }
      void message.success(t('award.saved'));
      onClose();
    } catch (e) {
      errors.apply(e instanceof Error && e.message === 'stale' ? new ApiError(412, undefined) : e);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={t(restriction ? 'award.editTitle' : 'award.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.close')}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" name={`restriction-${restriction?.id ?? 'new'}`} initialValues={initial} onFinish={(v) => void submit(v)}>
        {errors.conflict ? <ConflictAlert onReload={onClose} /> : null}
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        <Form.Item name="kind" label={t('award.kind')}>
          <Select options={RESTRICTION_KINDS.map((k) => ({ value: k, label: t(`award.kinds.${k}`) }))} />
        </Form.Item>
        <DecisionFields name="decision" legend={t('award.documentLegend')} form={form} required />
        <Space wrap align="start">
          <Form.Item name="fromDate" label={t('award.fromDate')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
            <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
          </Form.Item>
          <Form.Item name="toDate" label={t('award.toDate')} rules={dateRule(t)} extra={t('award.toDateHelp')}>
            <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
          </Form.Item>
        </Space>
        <Form.Item name="resolution" label={t('award.resolution')}>
          <Input.TextArea maxLength={1000} />
        </Form.Item>
        <Form.Item name="note" label={t('award.note')}>
          <Input.TextArea maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DeleteRestriction({ unitId, restriction, label }: { unitId: number; restriction: Restriction; label: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const deletion = useDeleteRestriction(unitId);
  return (
    <>
      <Button
        size="small"
        danger
        icon={<DeleteOutlined aria-hidden />}
        aria-label={label}
        onClick={() =>
          modal.confirm({
            title: t('award.delete'),
            content: t('award.deleteQuestion'),
            okText: t('award.delete'),
            okButtonProps: { danger: true },
            cancelText: t('common.close'),
            onOk: async () => {
              const current = await getRestriction(restriction.id);
              await deletion.mutateAsync({ id: restriction.id, etag: current.etag }).then(() => void message.success(t('award.deleted')));
            },
          })
        }
      >
        {t('award.delete')}
      </Button>
      <WriteError error={deletion.error} onReload={() => deletion.reset()} />
    </>
  );
}

/**
 * «Kỷ luật, điều tra, thanh tra, khiếu nại» on the unit's page: only for the Board, the Ministry and
 * the unit's own officers (the API refuses anyone else); the Board records them, edits and deletes as the rows allow.
 */
export function RestrictionsSection({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const { isAdmin, isNational, unitCode, hasRole } = useAuth();
  const readable = isAdmin || isNational || (hasRole('officer') && unitCode === unit.code);
  const query = useUnitRestrictions(unit.id, readable);
  const [editing, setEditing] = useState<Restriction | 'new'>();
  if (!readable) return null;
  const kind = (r: Restriction) => t(`award.kinds.${r.kind}`);
  return (
    <Card
      title={<h2 className="card-heading">{t('award.restrictions')}</h2>}
      data-testid="unit-restrictions"
      extra={
        isAdmin ? (
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('award.add')}
          </Button>
        ) : null
      }
    >
      <div className="stack">
        <Alert type="info" showIcon title={t('award.restrictionsHelp')} />
        <QueryState query={query} isEmpty={(page) => page.items.length === 0} emptyText={t('award.noRestrictions')}>
          {(page) => (
            <Table
              size="small"
              pagination={false}
              rowKey="id"
              dataSource={page.items}
              scroll={{ x: true }}
              columns={[
                { title: t('award.kind'), render: (_, r) => kind(r) },
                { title: t('award.decision'), render: (_, r) => <DecisionText decision={r.decision} /> },
                { title: t('award.fromDate'), render: (_, r) => formatDate(r.fromDate) },
                { title: t('award.toDate'), render: (_, r) => formatDate(r.toDate) || '' },
                {
                  title: t('award.active'),
                  render: (_, r) => (r.activeToday ? <Tag color={TAG_COLORS.red}>{t('award.active')}</Tag> : <Tag>{t('award.ended')}</Tag>),
                },
                { title: t('award.resolution'), render: (_, r) => r.resolution ?? '' },
                {
                  title: '',
                  render: (_, r) => (
                    <Space wrap>
                      {may(r, 'UPDATE') ? (
                        <Button
                          size="small"
                          icon={<EditOutlined aria-hidden />}
                          aria-label={t('award.editNamed', { kind: kind(r), date: formatDate(r.fromDate) })}
                          onClick={() => setEditing(r)}
                        >
                          {t('award.edit')}
                        </Button>
                      ) : null}
                      {may(r, 'DELETE') ? (
                        <DeleteRestriction unitId={unit.id} restriction={r} label={t('award.deleteNamed', { kind: kind(r), date: formatDate(r.fromDate) })} />
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </div>
      {editing ? <RestrictionModal unitId={unit.id} restriction={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} /> : null}
    </Card>
  );
}
