import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Registration, RegistrationInput } from '@/features/campaigns/types';

export function createRegistration({ campaignId, input }: { campaignId: number; input: RegistrationInput }): Promise<Registration> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/campaigns/{id}/registrations', { params: { path: { id: campaignId } }, body: input })),
  );
}

export function useCreateRegistration() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createRegistration, onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }) });
}
