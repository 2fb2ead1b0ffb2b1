import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { BlocPage, ListBlocsParams } from '@/features/blocs/types';

export const blocsQueryKey = (params: ListBlocsParams) => ['blocs', 'list', params] as const;

export function listBlocs(params: ListBlocsParams): Promise<BlocPage> {
  return call(async () => unwrap(await api().GET('/api/v1/blocs', { params: { query: params } })));
}

export function useBlocs(params: ListBlocsParams) {
  return useQuery({ queryKey: blocsQueryKey(params), queryFn: () => listBlocs(params), placeholderData: keepPreviousData });
}
