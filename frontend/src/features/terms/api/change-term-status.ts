import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Term, TermStatusChange } from '@/features/terms/types';

export interface ChangeTermStatusArgs {
  id: number;
  etag: string;
  change: TermStatusChange;
}

export function changeTermStatus({ id, etag, change }: ChangeTermStatusArgs): Promise<Term> {
  return call(async () =>
    unwrap(
      await api().POST('/api/v1/terms/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: change }),
    ),
  );
}

export function useChangeTermStatus() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: changeTermStatus, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
