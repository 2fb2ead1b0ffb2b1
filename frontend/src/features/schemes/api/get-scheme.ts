import { useQuery } from '@tanstack/react-query';
import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { Scheme } from '@/features/schemes/types';

export const schemeQueryKey = (id: number) => ['schemes', 'detail', id] as const;

export function getScheme(id: number): Promise<Versioned<Scheme>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/schemes/{id}', { params: { path: { id } } })));
}

export function useScheme(id: number) {
  // Its status and ETag move with others' changes: read again whenever it mounts.
  return useQuery({ queryKey: schemeQueryKey(id), queryFn: () => getScheme(id), staleTime: 0 });
}
