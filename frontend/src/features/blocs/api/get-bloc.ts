import { useQuery } from '@tanstack/react-query';
import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { Bloc } from '@/features/blocs/types';

export const blocQueryKey = (id: number) => ['blocs', 'detail', id] as const;

export function getBloc(id: number): Promise<Versioned<Bloc>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/blocs/{id}', { params: { path: { id } } })));
}

export function useBloc(id: number) {
  return useQuery({ queryKey: blocQueryKey(id), queryFn: () => getBloc(id) });
}
