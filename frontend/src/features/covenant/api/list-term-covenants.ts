import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Covenant } from '@/features/covenant/types';

export const covenantQueryKey = (termId: number) => ['covenants', 'term', termId] as const;

/** The term's covenant, or null when none is drafted yet. */
export function getTermCovenant(termId: number): Promise<Covenant | null> {
  return call(async () => {
    const page = unwrap(await api().GET('/api/v1/terms/{termId}/covenants', { params: { path: { termId } } }));
    return page.items[0] ?? null;
  });
}

export function useTermCovenant(termId: number) {
  // The signatures are other units' (and the Board's): read again whenever the term page mounts.
  return useQuery({ queryKey: covenantQueryKey(termId), queryFn: () => getTermCovenant(termId), staleTime: 0 });
}
