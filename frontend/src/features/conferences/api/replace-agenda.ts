import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { AgendaItemInput, Conference } from '@/features/conferences/types';

export function replaceAgenda({ id, etag, items }: { id: number; etag: string; items: AgendaItemInput[] }): Promise<Conference> {
  return call(async () =>
    unwrap(
      await api().PUT('/api/v1/conferences/{id}/agenda', { params: { path: { id }, header: { 'If-Match': etag } }, body: { items } }),
    ),
  );
}

export function useReplaceAgenda() {
  const client = useQueryClient();
  return useMutation({ mutationFn: replaceAgenda, onSuccess: () => client.invalidateQueries({ queryKey: ['conferences'] }) });
}
