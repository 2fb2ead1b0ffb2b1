import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Conference, ConferenceStatusChange } from '@/features/conferences/types';

export function changeConferenceStatus({ id, etag, change }: { id: number; etag: string; change: ConferenceStatusChange }): Promise<Conference> {
  return call(async () =>
    unwrap(
      await api().POST('/api/v1/conferences/{id}/status', { params: { path: { id }, header: { 'If-Match': etag } }, body: change }),
    ),
  );
}

export function useChangeConferenceStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: changeConferenceStatus, onSuccess: () => client.invalidateQueries({ queryKey: ['conferences'] }) });
}
