import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned } from '@/lib/api/client';

export const blocOptionsQueryKey = (q: string) => ['blocs', 'options', q] as const;

export function searchBlocs(q: string) {
  return call(async () =>
    unwrap(await api().GET('/api/v1/blocs', { params: { query: { q: q || undefined, size: 20, sort: 'name' } } })),
  );
}

export function useBlocOptions(q: string) {
  return useQuery({ queryKey: blocOptionsQueryKey(q), queryFn: () => searchBlocs(q), placeholderData: keepPreviousData });
}

/** The bloc a new term is created for (to show its name). */
export function useBlocSummary(id: number | undefined) {
  return useQuery({
    queryKey: ['blocs', 'detail', id],
    enabled: id !== undefined,
    queryFn: () =>
      call(async () => unwrapVersioned(await api().GET('/api/v1/blocs/{id}', { params: { path: { id: id ?? 0 } } }))),
  });
}
