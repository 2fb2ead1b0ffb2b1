import { Alert, Button, Flex, Form, Input, Select } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@/lib/api/problem';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';
import { ErrorAlert } from '@/lib/ui/error-alert';
import { UNIT_KINDS, type UnitDetail, type UnitInput } from '@/features/units/types';

export interface UnitFormValues {
  code: string;
  name: string;
  shortName?: string;
  kind: UnitInput['kind'];
  activeFrom: string;
  activeTo?: string;
}

export const UNIT_FORM_FIELDS = ['code', 'name', 'shortName', 'kind', 'activeFrom', 'activeTo'] as const;

export function unitToForm(unit: UnitDetail): UnitFormValues {
  return {
    code: unit.code,
    name: unit.name,
    shortName: unit.shortName ?? undefined,
    kind: unit.kind,
    activeFrom: toDisplayDate(unit.activeFrom) ?? '',
    activeTo: toDisplayDate(unit.activeTo),
  };
}

export function formToUnitInput(values: UnitFormValues): UnitInput {
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    shortName: values.shortName?.trim() || undefined,
    kind: values.kind,
    activeFrom: toIsoDate(values.activeFrom) ?? values.activeFrom,
    activeTo: toIsoDate(values.activeTo),
  };
}

export function UnitForm({
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
  form: FormInstance<UnitFormValues>;
  initialValues?: Partial<UnitFormValues>;
  submitting: boolean;
  onSubmit: (values: UnitFormValues) => void;
  onCancel: () => void;
  general: unknown;
  unmatched: FieldError[];
  banner?: React.ReactNode;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Form<UnitFormValues>
      form={form}
      layout="vertical"
      className="form-narrow"
      initialValues={initialValues}
      onFinish={onSubmit}
      requiredMark
      name="unit"
    >
      {banner}
      {general ? <ErrorAlert error={general} /> : null}
      {unmatched.length > 0 ? (
        <Alert type="error" role="alert" showIcon title={unmatched.map((e) => `${e.field}: ${e.message}`).join('; ')} />
      ) : null}
      <Form.Item
        name="code"
        label={t('unit.code')}
        extra={t('unit.codeHelp')}
        rules={[
          { required: true, message: t('common.required') },
          { pattern: /^[0-9A-Za-z.]{1,35}$/, message: t('validation.codeFormat') },
        ]}
      >
        <Input autoComplete="off" maxLength={35} />
      </Form.Item>
      <Form.Item name="name" label={t('unit.name')} rules={[{ required: true, message: t('common.required') }]}>
        <Input maxLength={255} />
      </Form.Item>
      <Form.Item name="shortName" label={t('unit.shortName')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="kind" label={t('unit.kind')} rules={[{ required: true, message: t('common.required') }]}>
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enum.unitKind.${k}`) }))} />
      </Form.Item>
      <Flex gap="middle" wrap>
        <Form.Item name="activeFrom" label={t('unit.activeFrom')} rules={dateRule(t, true)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
        </Form.Item>
        <Form.Item name="activeTo" label={t('unit.activeTo')} rules={dateRule(t)} extra={t('common.dateFormat')}>
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
        </Form.Item>
      </Flex>
      <Flex gap="small" wrap>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}
