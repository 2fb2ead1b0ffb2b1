import type { TFunction } from 'i18next';
import type { Rule } from 'antd/es/form';
import { formatDate, parseDisplayDate } from '@/lib/format/date';

/** Form rule for a dd/MM/yyyy text field. */
export function dateRule(t: TFunction, required = false): Rule[] {
  return [
    ...(required ? [{ required: true, message: t('common.required') }] : []),
    {
      validator: (_: unknown, value: unknown) =>
        !value || (typeof value === 'string' && parseDisplayDate(value))
          ? Promise.resolve()
          : Promise.reject(new Error(t('common.invalidDate'))),
    },
  ];
}

/** dd/MM/yyyy (form) → yyyy-MM-dd (API); blank → undefined. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return parseDisplayDate(value);
}

/** yyyy-MM-dd (API) → dd/MM/yyyy (form). */
export function toDisplayDate(value: string | null | undefined): string | undefined {
  return value ? formatDate(value) : undefined;
}
