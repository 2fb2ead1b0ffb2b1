import { useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Radio, Select } from 'antd';
import { BranchesOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { dateRule, toIsoDate } from '@/lib/ui/date-rules';
import { DecisionFields, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { useFormErrors } from '@/lib/ui/use-form-errors';
import { isApiError, type ProblemRelated } from '@/lib/api/problem';
import { useUnits } from '@/features/units/api/list-units';
import { useCreateUnitSuccession } from '@/features/units/api/create-unit-succession';
import {
  SUCCESSION_KINDS,
  UNIT_KINDS,
  type SuccessionKind,
  type UnitDetail,
  type UnitKind,
  type UnitSuccessionInput,
} from '@/features/units/types';

interface Values {
  kind: SuccessionKind;
  effectiveDate?: string;
  decision?: DecisionFormValues;
  predecessorIds?: number[];
  successorIds?: number[];
  newName?: string;
  newShortName?: string;
  successorMode?: 'existing' | 'new';
  newSuccessor?: { code?: string; name?: string; shortName?: string; kind?: UnitKind };
}

type Option = { value: number; label: string };

const hasSuccessors = (kind: SuccessionKind | undefined) => kind === 'MERGE' || kind === 'SPLIT';

function fieldsFor(kind: SuccessionKind | undefined): string[] {
  return [
    'kind',
    'effectiveDate',
    'decision',
    'predecessorIds',
    ...(hasSuccessors(kind) ? ['successorIds'] : []),
    ...(kind === 'RENAME' ? ['newName', 'newShortName'] : []),
    ...(kind === 'MERGE' ? ['newSuccessor'] : []),
  ];
}

/** Several units, searched on the server by name or code (with or without diacritics). */
function UnitsPicker({
  id,
  value,
  onChange,
  initialOptions,
  testId,
  ...rest
}: {
  id?: string;
  value?: number[];
  onChange?: (v: number[]) => void;
  initialOptions: Option[];
  testId: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useUnits({ q: q || undefined, size: 20, sort: 'name' });
  // Labels of the chosen units, kept so they keep their names when the search changes.
  const [chosen, setChosen] = useState(() => new Map<number, string>(initialOptions.map((o) => [o.value, o.label])));
  const shown = new Map<number, string>();
  for (const v of value ?? []) shown.set(v, chosen.get(v) ?? `#${v}`);
  for (const u of query.data?.items ?? []) shown.set(u.id, `${u.name} (${u.code})`);
  return (
    <Select<number[]>
      {...rest}
      id={id}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(v) => {
        setChosen(new Map(v.map((unitId) => [unitId, shown.get(unitId) ?? chosen.get(unitId) ?? `#${unitId}`])));
        setQ('');
        onChange?.(v);
      }}
      loading={query.isFetching}
      placeholder={t('succession.pickUnits')}
      notFoundContent={query.isPending ? t('app.loading') : t('common.noResults')}
      options={[...shown.entries()].map(([v, label]) => ({ value: v, label }))}
      data-testid={testId}
    />
  );
}

function SuccessionForm({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const errors = useFormErrors(form, fieldsFor(kind));
  const mutation = useCreateUnitSuccession();
  const self: Option[] = [{ value: unit.id, label: `${unit.name} (${unit.code})` }];
  const required = [{ required: true, message: t('common.required') }];

  const [leads, setLeads] = useState<{ related: ProblemRelated[]; input: UnitSuccessionInput } | null>(null);
  const mode = Form.useWatch('successorMode', form) ?? 'existing';
  const founding = kind === 'MERGE' && mode === 'new';

  const send = (input: UnitSuccessionInput) => {
    mutation.mutate(input, {
      onSuccess: () => {
        void message.success(t('succession.recorded'));
        onClose();
      },
      onError: (error) => {
        // A merged LEADER/DEPUTY of an open term: the server lists the terms; offer the handover.
        if (isApiError(error) && error.code === 'SUCCESSION_UNIT_LEADS_TERMS' && !input.transferRoles) {
          errors.clear();
          setLeads({ related: error.related, input });
          return;
        }
        setLeads(null);
        errors.apply(error);
      },
    });
  };

  const submit = (values: Values) => {
    errors.clear();
    setLeads(null);
    const input: UnitSuccessionInput = {
      kind: values.kind,
      effectiveDate: toIsoDate(values.effectiveDate) ?? '',
      decision: formToDecision(values.decision) ?? { number: '', date: '', issuer: '' },
      predecessorIds: values.predecessorIds ?? [],
    };
    const isFounding = values.kind === 'MERGE' && values.successorMode === 'new';
    if (hasSuccessors(values.kind) && !isFounding) input.successorIds = values.successorIds ?? [];
    if (isFounding) {
      const n = values.newSuccessor ?? {};
      input.newSuccessor = {
        code: n.code?.trim() ?? '',
        name: n.name?.trim() ?? '',
        shortName: n.shortName?.trim() || undefined,
        kind: n.kind ?? 'SO',
      };
    }
    if (values.kind === 'RENAME') {
      input.newName = values.newName?.trim();
      input.newShortName = values.newShortName?.trim() || undefined;
    }
    send(input);
  };

  return (
    <Modal
      open
      width={760}
      title={t('succession.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="succession"
        layout="vertical"
        initialValues={{ kind: 'RENAME', predecessorIds: [unit.id], successorMode: 'existing', newSuccessor: { kind: 'SO' } }}
        onFinish={submit}
      >
        {errors.general ? <ErrorAlert error={errors.general} /> : null}
        {leads ? (
          <Alert
            type="warning"
            role="alert"
            showIcon
            data-testid="leads-terms"
            title={t('succession.leadsTermsTitle')}
            description={
              <div className="stack">
                <ul className="plain-list">
                  {leads.related.map((r, i) => (
                    <li key={`${r.type}-${r.id}-${i}`}>{r.label}</li>
                  ))}
                </ul>
                <span>{t('succession.leadsTermsHelp')}</span>
                <Button
                  type="primary"
                  loading={mutation.isPending}
                  onClick={() => send({ ...leads.input, transferRoles: true })}
                >
                  {t('succession.transferAndSave')}
                </Button>
              </div>
            }
          />
        ) : null}
        {errors.unmatched.length > 0 ? (
          <Alert type="error" role="alert" showIcon title={errors.unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')} />
        ) : null}
        <Form.Item
          name="kind"
          label={t('succession.kind')}
          rules={required}
          extra={kind ? t(`succession.kindHelp.${kind}`) : undefined}
        >
          <Select options={SUCCESSION_KINDS.map((k) => ({ value: k, label: t(`enum.successionKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="effectiveDate" label={t('succession.effectiveDate')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} style={{ maxWidth: 180 }} />
        </Form.Item>
        {kind === 'RENAME' ? (
          <>
            <Form.Item name="newName" label={t('succession.newName')} rules={required}>
              <Input maxLength={255} />
            </Form.Item>
            <Form.Item name="newShortName" label={t('succession.newShortName')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="predecessorIds" label={t('succession.predecessors')} rules={required}>
          <UnitsPicker initialOptions={self} testId="predecessor-picker" />
        </Form.Item>
        {kind === 'MERGE' ? (
          <Form.Item name="successorMode" label={t('succession.successorMode')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'existing', label: t('succession.successorExisting') },
                { value: 'new', label: t('succession.successorNew') },
              ]}
            />
          </Form.Item>
        ) : null}
        {hasSuccessors(kind) && !founding ? (
          <Form.Item name="successorIds" label={t('succession.successors')} rules={required}>
            <UnitsPicker initialOptions={self} testId="successor-picker" />
          </Form.Item>
        ) : null}
        {founding ? (
          <fieldset className="fieldset" data-testid="new-successor">
            <legend>{t('succession.newUnitLegend')}</legend>
            <p className="muted">{t('succession.newUnitHelp')}</p>
            <Form.Item name={['newSuccessor', 'code']} label={t('succession.newUnitCode')} rules={required} extra={t('unit.codeHelp')}>
              <Input maxLength={35} />
            </Form.Item>
            <Form.Item name={['newSuccessor', 'name']} label={t('succession.newUnitName')} rules={required}>
              <Input maxLength={255} />
            </Form.Item>
            <Form.Item name={['newSuccessor', 'shortName']} label={t('succession.newUnitShortName')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name={['newSuccessor', 'kind']} label={t('succession.newUnitKind')} rules={required}>
              <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enum.unitKind.${k}`) }))} />
            </Form.Item>
          </fieldset>
        ) : null}
        <DecisionFields name="decision" legend={t('succession.decision')} form={form} required />
      </Form>
    </Modal>
  );
}

/** "Ghi nhận sắp xếp" on a unit's page: records a rename, merger, split or dissolution. */
export function SuccessionButton({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  return (
    <>
      <Button icon={<BranchesOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('succession.record')}
      </Button>
      {open ? (
        <SuccessionForm
          key={generation}
          unit={unit}
          onClose={() => {
            setOpen(false);
            setGeneration((g) => g + 1);
          }}
        />
      ) : null}
    </>
  );
}
