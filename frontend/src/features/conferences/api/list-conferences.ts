import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { ConferencePage } from '@/features/conferences/types';

export const conferencesQueryKey = (termId: number) => ['conferences', 'term', termId] as const;

export function listConferences(termId: number): Promise<ConferencePage> {
  return call(async () =>
    unwrap(await api().GET('/api/v1/terms/{termId}/conferences', { params: { path: { termId }, query: { size: 100 } } })),
  );
}

export function useConferences(termId: number) {
  return useQuery({ queryKey: conferencesQueryKey(termId), queryFn: () => listConferences(termId) });
}
