import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Scheme } from '@/features/schemes/types';

/** Copies a scheme (this year's earlier version, or the bloc's last year's) into a new DRAFT of the term. */
export function copyScheme({ termId, schemeId }: { termId: number; schemeId: number }): Promise<Scheme> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/terms/{termId}/schemes/copies', { params: { path: { termId } }, body: { schemeId } })),
  );
}

export function useCopyScheme() {
  const client = useQueryClient();
  return useMutation({ mutationFn: copyScheme, onSuccess: () => client.invalidateQueries({ queryKey: ['schemes'] }) });
}
