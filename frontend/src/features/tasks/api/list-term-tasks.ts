import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import { STALE_AFTER_ANY_WRITE } from '@/lib/api/query-client';
import type { components } from '@/lib/api/schema.gen';

export type TermTasks = components['schemas']['TermTasks'];
export type Task = components['schemas']['Task'];

/** Every write may change what is left to do: the query client marks this key stale after each one. */
export const TASKS_QUERY_ROOT = STALE_AFTER_ANY_WRITE[0];
export const termTasksQueryKey = (termId: number) => [TASKS_QUERY_ROOT, 'term', termId] as const;

export function listTermTasks(id: number): Promise<TermTasks> {
  return call(async () => unwrap(await api().GET('/api/v1/terms/{id}/tasks', { params: { path: { id } } })));
}

/** The caller's tasks in the term; read again whenever the term's page mounts (others' writes change them). */
export function useTermTasks(termId: number) {
  return useQuery({ queryKey: termTasksQueryKey(termId), queryFn: () => listTermTasks(termId), staleTime: 0 });
}
