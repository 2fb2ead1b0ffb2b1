import { Flex, Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { dateRule, toDisplayDate, toIsoDate } from '@/lib/ui/date-rules';

/** A decision reference as the form holds it (date as dd/MM/yyyy). */
export interface DecisionFormValues {
  number?: string;
  date?: string;
  issuer?: string;
  title?: string;
}

export interface DecisionValue {
  number: string;
  date: string;
  issuer: string;
  title?: string;
}

export function decisionToForm(value: DecisionValue | undefined | null): DecisionFormValues | undefined {
  if (!value) return undefined;
  return { number: value.number, date: toDisplayDate(value.date), issuer: value.issuer, title: value.title ?? undefined };
}

/** Blank → undefined; otherwise every required part (number, date, issuer). */
export function formToDecision(value: DecisionFormValues | undefined): DecisionValue | undefined {
  if (!value || (!value.number?.trim() && !value.date?.trim() && !value.issuer?.trim() && !value.title?.trim())) return undefined;
  return {
    number: value.number?.trim() ?? '',
    date: toIsoDate(value.date) ?? value.date ?? '',
    issuer: value.issuer?.trim() ?? '',
    title: value.title?.trim() || undefined,
  };
}

/**
 * Number, date, issuer and subject of an official document, under `name` in the form.
 * Optional as a whole; once one part is filled, number, date and issuer are required.
 */
export function DecisionFields({
  name,
  legend,
  form,
  required = false,
}: {
  name: string;
  legend: string;
  form: FormInstance;
  /** The whole decision is required (number, date and issuer always). */
  required?: boolean;
}) {
  const { t } = useTranslation();
  const anyFilled = () => {
    const v = form.getFieldValue(name) as DecisionFormValues | undefined;
    return Boolean(v && (v.number?.trim() || v.date?.trim() || v.issuer?.trim() || v.title?.trim()));
  };
  const requiredIfAny = {
    validator: (_: unknown, value: unknown) =>
      (required || anyFilled()) && (typeof value !== 'string' || value.trim() === '')
        ? Promise.reject(new Error(t('common.required')))
        : Promise.resolve(),
  };
  const deps = [[name, 'number'], [name, 'date'], [name, 'issuer'], [name, 'title']];
  return (
    <fieldset className="fieldset">
      <legend>
        {legend} {required ? null : <span className="muted">{t('common.optional')}</span>}
      </legend>
      <Flex gap="middle" wrap>
        <Form.Item name={[name, 'number']} label={t('decision.number')} required={required} rules={[requiredIfAny]} dependencies={deps} className="grow">
          <Input placeholder={t('decision.numberPlaceholder')} />
        </Form.Item>
        <Form.Item
          name={[name, 'date']}
          label={t('decision.date')}
          required={required}
          rules={[...dateRule(t), requiredIfAny]}
          dependencies={deps}
          extra={t('common.dateFormat')}
        >
          <Input inputMode="numeric" placeholder={t('common.dateFormat')} />
        </Form.Item>
      </Flex>
      <Form.Item name={[name, 'issuer']} label={t('decision.issuer')} required={required} rules={[requiredIfAny]} dependencies={deps}>
        <Input placeholder={t('decision.issuerPlaceholder')} />
      </Form.Item>
      <Form.Item name={[name, 'title']} label={t('decision.title')}>
        <Input />
      </Form.Item>
    </fieldset>
  );
}
