import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { TermPage } from '@/features/blocs/types';

export const blocTermsQueryKey = (blocId: number) => ['terms', 'list', { blocId }] as const;

/** The terms (years) of one bloc, newest first. */
export async function listBlocTerms(blocId: number): Promise<TermPage> {
  const page = await call(async () =>
    unwrap(await api().GET('/api/v1/terms', { params: { query: { blocId, size: 100 } } })),
  );
  return { ...page, items: [...page.items].sort((a, b) => b.year - a.year) };
}

export function useBlocTerms(blocId: number) {
  return useQuery({ queryKey: blocTermsQueryKey(blocId), queryFn: () => listBlocTerms(blocId) });
}
