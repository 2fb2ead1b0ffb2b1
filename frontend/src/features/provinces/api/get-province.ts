import { useQuery } from '@tanstack/react-query';
import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { ProvinceDetail } from '@/features/provinces/types';

export const provinceQueryKey = (id: number) => ['provinces', 'detail', id] as const;

export function getProvince(id: number): Promise<Versioned<ProvinceDetail>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/provinces/{id}', { params: { path: { id } } })));
}

export function useProvince(id: number) {
  return useQuery({ queryKey: provinceQueryKey(id), queryFn: () => getProvince(id), staleTime: Infinity });
}
