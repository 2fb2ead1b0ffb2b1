import { useQuery } from '@tanstack/react-query';
import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { Conference } from '@/features/conferences/types';

export const conferenceQueryKey = (id: number) => ['conferences', 'detail', id] as const;

export function getConference(id: number): Promise<Versioned<Conference>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/conferences/{id}', { params: { path: { id } } })));
}

export function useConference(id: number) {
  // Its status and ETag move with others' changes: read again whenever it mounts.
  return useQuery({ queryKey: conferenceQueryKey(id), queryFn: () => getConference(id), staleTime: 0 });
}
