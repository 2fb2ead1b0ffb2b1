import { useQuery } from '@tanstack/react-query';
import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { UnitDetail } from '@/features/units/types';

export const unitQueryKey = (id: number) => ['units', 'detail', id] as const;

export function getUnit(id: number): Promise<Versioned<UnitDetail>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/units/{id}', { params: { path: { id } } })));
}

export function useUnit(id: number) {
  return useQuery({ queryKey: unitQueryKey(id), queryFn: () => getUnit(id) });
}
