import { useQuery } from '@tanstack/react-query';
import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { Term } from '@/features/terms/types';

export const termQueryKey = (id: number) => ['terms', 'detail', id] as const;

export function getTerm(id: number): Promise<Versioned<Term>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/terms/{id}', { params: { path: { id } } })));
}

export function useTerm(id: number) {
  return useQuery({ queryKey: termQueryKey(id), queryFn: () => getTerm(id) });
}
