import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { TermPage } from '@/features/blocs/types';

export const blocTermsQueryKey = (blocId: number) => ['terms', 'list', { blocId }] as const;

/** The terms (years) of one bloc, newest first. */
export function listBlocTerms(blocId: number): Promise<TermPage> {
  return call(async () =>
    unwrap(await api().GET('/api/v1/terms', { params: { query: { blocId, sort: '-year', size: 100 } } })),
  );
}

export function useBlocTerms(blocId: number) {
  return useQuery({ queryKey: blocTermsQueryKey(blocId), queryFn: () => listBlocTerms(blocId) });
}
