import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Conference, ConferenceInput } from '@/features/conferences/types';

export interface UpdateConferenceArgs {
  id: number;
  etag: string;
  input: ConferenceInput;
}

export function updateConference({ id, etag, input }: UpdateConferenceArgs): Promise<Conference> {
  return call(async () =>
    unwrap(await api().PUT('/api/v1/conferences/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
  );
}

export function useUpdateConference() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateConference, onSuccess: () => client.invalidateQueries({ queryKey: ['conferences'] }) });
}
