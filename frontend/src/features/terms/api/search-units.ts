import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';

export const unitOptionsQueryKey = (q: string) => ['units', 'options', q] as const;

/** Units for a picker, matched by name or code with or without diacritics. */
export function searchUnits(q: string) {
  return call(async () =>
    unwrap(await api().GET('/api/v1/units', { params: { query: { q: q || undefined, size: 20, sort: 'name' } } })),
  );
}

export function useUnitOptions(q: string) {
  return useQuery({ queryKey: unitOptionsQueryKey(q), queryFn: () => searchUnits(q), placeholderData: keepPreviousData });
}
