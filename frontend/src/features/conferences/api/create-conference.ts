import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Conference, ConferenceInput } from '@/features/conferences/types';

export function createConference({ termId, input }: { termId: number; input: ConferenceInput }): Promise<Conference> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/terms/{termId}/conferences', { params: { path: { termId } }, body: input })),
  );
}

export function useCreateConference() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createConference, onSuccess: () => client.invalidateQueries({ queryKey: ['conferences'] }) });
}
