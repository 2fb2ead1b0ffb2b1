import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned } from '@/lib/api/client';
import type { Covenant } from '@/features/covenant/types';

/** Circulate, or close with a reason while members are missing (If-Match from a fresh read). */
export function changeCovenantStatus({ id, status, reason }: { id: number; status: Covenant['status']; reason?: string }): Promise<Covenant> {
  return call(async () => {
    const current = unwrapVersioned(await api().GET('/api/v1/covenants/{id}', { params: { path: { id } } }));
    return unwrap(
      await api().POST('/api/v1/covenants/{id}/status', {
        params: { path: { id }, header: { 'If-Match': current.etag } },
        body: { status, reason },
      }),
    );
  });
}

export function useChangeCovenantStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: changeCovenantStatus, onSuccess: () => client.invalidateQueries({ queryKey: ['covenants'] }) });
}
