import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { SchemeList } from '@/features/schemes/types';

export const schemesQueryKey = (termId: number) => ['schemes', 'term', termId] as const;

export function listSchemes(termId: number): Promise<SchemeList> {
  return call(async () => unwrap(await api().GET('/api/v1/terms/{termId}/schemes', { params: { path: { termId } } })));
}

export function useSchemes(termId: number) {
  // Drafted, adopted and retired by the term's managers: read again whenever the term page mounts.
  return useQuery({ queryKey: schemesQueryKey(termId), queryFn: () => listSchemes(termId), staleTime: 0 });
}
