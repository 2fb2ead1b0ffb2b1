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
  // Scheduled, held and signed by the term's managers, not the reader: read again whenever the term page mounts.
  return useQuery({ queryKey: conferencesQueryKey(termId), queryFn: () => listConferences(termId), staleTime: 0 });
}
