import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Scheme, SchemeInput } from '@/features/schemes/types';

/** Replaces a draft's whole tree; If-Match with the ETag read (412 when someone else changed it). */
export function updateScheme({ id, etag, input }: { id: number; etag: string; input: SchemeInput }): Promise<Scheme> {
  return call(async () =>
    unwrap(await api().PUT('/api/v1/schemes/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
  );
}

export function useUpdateScheme() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateScheme, onSuccess: () => client.invalidateQueries({ queryKey: ['schemes'] }) });
}
