import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Scheme, SchemeStatusChange } from '@/features/schemes/types';

export function changeSchemeStatus({ id, etag, change }: { id: number; etag: string; change: SchemeStatusChange }): Promise<Scheme> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/schemes/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: change })),
  );
}

export function useChangeSchemeStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: changeSchemeStatus, onSuccess: () => client.invalidateQueries({ queryKey: ['schemes'] }) });
}
