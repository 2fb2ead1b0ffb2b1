import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api/problem';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { DecisionFields, decisionToForm, formToDecision, type DecisionFormValues } from '@/lib/ui/decision-fields';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { BLOC_KINDS, BLOC_STATUSES, type Bloc, type BlocInput } from '@/features/blocs/types';

export interface BlocFormValues {
  name: string;
  kind: BlocInput['kind'];
  description?: string;
  status: NonNullable<BlocInput['status']>;
  dissolvedOn?: string;
  foundingDecision?: DecisionFormValues;
}

export const BLOC_FORM_FIELDS = ['name', 'kind', 'description', 'status', 'dissolvedOn', 'foundingDecision'] as const;

export function blocToForm(bloc: Bloc): BlocFormValues {
  return {
    name: bloc.name,
    kind: bloc.kind,
    description: bloc.description ?? undefined,
    status: bloc.status,
    dissolvedOn: toDisplayDate(bloc.dissolvedOn),
    foundingDecision: decisionToForm(bloc.foundingDecision),
  };
}

export function formToBlocInput(values: BlocFormValues): BlocInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    description: values.description?.trim() || undefined,
    status: values.status,
    dissolvedOn: values.status === 'DISSOLVED' ? toIsoDate(values.dissolvedOn) : undefined,
    foundingDecision: formToDecision(values.foundingDecision),
  };
}

export function BlocForm({
  form,
  initialValues,
  submitting,
  onSubmit,
  onCancel,
  general,
  unmatched,
  banner,
  submitLabel,
}: {
  form: FormInstance<BlocFormValues>;
  initialValues?: Partial<BlocFormValues>;
  submitting: boolean;
  onSubmit: (values: BlocFormValues) => void;
  onCancel: () => void;
  general: unknown;
  unmatched: FieldError[];
  banner?: React.ReactNode;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const status = Form.useWatch('status', form);
  return (
    <Form<BlocFormValues> form={form} layout="vertical" className="form-narrow" initialValues={initialValues} onFinish={onSubmit} name="bloc">
      {banner}
      {general ? <ErrorAlert error={general} /> : null}
      {unmatched.length > 0 ? (
        <Alert type="error" role="alert" showIcon title={unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')} />
      ) : null}
      <Form.Item name="name" label={t('bloc.name')} rules={[{ required: true, message: t('common.required') }]}>
        <Input maxLength={255} />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name="kind" label={t('bloc.kind')} rules={[{ required: true, message: t('common.required') }]} className="grow">
          <Select options={BLOC_KINDS.map((k) => ({ value: k, label: t(`enum.blocKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="status" label={t('bloc.status')} rules={[{ required: true, message: t('common.required') }]} className="grow">
          <Select options={BLOC_STATUSES.map((s) => ({ value: s, label: t(`enum.blocStatus.${s}`) }))} />
        </Form.Item>
      </Flex>
      {status === 'DISSOLVED' ? (
        <Form.Item name="dissolvedOn" label={t('bloc.dissolvedOn')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
        </Form.Item>
      ) : null}
      <Form.Item name="description" label={t('bloc.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <DecisionFields name="foundingDecision" legend={t('bloc.foundingDecision')} form={form} />
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
