import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, call, unwrap } from '@/lib/api/client';

/** Units for a picker, matched by name or code with or without diacritics (the caller's provinces). */
function searchUnits(q: string) {
  return call(async () => unwrap(await api().GET('/api/v1/units', { params: { query: { q: q || undefined, size: 20, sort: 'name' } } })));
}

export function useUnitOptions(q: string) {
  return useQuery({ queryKey: ['units', 'options', q], queryFn: () => searchUnits(q), placeholderData: keepPreviousData });
}

/** A searchable unit choice for forms (antd Form.Item passes id, value and onChange). */
export function UnitPicker({
  id,
  value,
  onChange,
  testId,
  allowClear,
  known = [],
  ...rest
}: {
  id?: string;
  value?: number;
  onChange?: (v: number | undefined) => void;
  testId?: string;
  allowClear?: boolean;
  /** Units already chosen (shown by name before any search finds them). */
  known?: readonly { id: number; name: string; code: string }[];
  'aria-label'?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const query = useUnitOptions(q);
  return (
    <Select<number>
      {...rest}
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      loading={query.isFetching}
      placeholder={t('term.chooseUnitPlaceholder')}
      notFoundContent={query.isPending ? t('app.loading') : t('common.noResults')}
      options={[...known.filter((k) => !query.data?.items.some((u) => u.id === k.id)), ...(query.data?.items ?? [])].map((u) => ({
        value: u.id,
        label: `${u.name} (${u.code})`,
      }))}
      data-testid={testId}
    />
  );
}
