import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { ListProvincesParams, ProvincePage } from '@/features/provinces/types';

export const provincesQueryKey = (params: ListProvincesParams) => ['provinces', 'list', params] as const;

export function listProvinces(params: ListProvincesParams): Promise<ProvincePage> {
  return call(async () => unwrap(await api().GET('/api/v1/provinces', { params: { query: params } })));
}

export function useProvinces(params: ListProvincesParams) {
  return useQuery({ queryKey: provincesQueryKey(params), queryFn: () => listProvinces(params), placeholderData: keepPreviousData });
}
