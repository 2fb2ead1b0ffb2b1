import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { ListUnitsParams, UnitPage } from '@/features/units/types';

export const unitsQueryKey = (params: ListUnitsParams) => ['units', 'list', params] as const;

export function listUnits(params: ListUnitsParams): Promise<UnitPage> {
  return call(async () => unwrap(await api().GET('/api/v1/units', { params: { query: params } })));
}

export function useUnits(params: ListUnitsParams) {
  return useQuery({
    queryKey: unitsQueryKey(params),
    queryFn: () => listUnits(params),
    placeholderData: keepPreviousData,
  });
}
