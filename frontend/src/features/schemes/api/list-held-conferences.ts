import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { ConferencePage } from '@/features/schemes/types';

/** The term's conferences that took place (HELD or MINUTES_SIGNED): where a scheme may be adopted. */
export function listHeldConferences(termId: number): Promise<ConferencePage['items']> {
  return call(async () => {
    const page = unwrap(await api().GET('/api/v1/terms/{termId}/conferences', { params: { path: { termId }, query: { size: 100 } } }));
    return page.items.filter((c) => c.status === 'HELD' || c.status === 'MINUTES_SIGNED');
  });
}

export function useHeldConferences(termId: number) {
  return useQuery({ queryKey: ['conferences', 'term', termId, 'held'] as const, queryFn: () => listHeldConferences(termId), staleTime: 0 });
}
