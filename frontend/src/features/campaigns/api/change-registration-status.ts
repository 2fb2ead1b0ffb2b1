import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned } from '@/lib/api/client';
import type { Registration, RegistrationStatus } from '@/features/campaigns/types';

export interface RegistrationStep {
  id: number;
  status: RegistrationStatus;
  reason?: string;
}

export function changeRegistrationStatus({ id, status, reason }: RegistrationStep): Promise<Registration> {
  return call(async () => {
    const current = unwrapVersioned(await api().GET('/api/v1/registrations/{id}', { params: { path: { id } } }));
    return unwrap(
      await api().POST('/api/v1/registrations/{id}/status', {
        params: { path: { id }, header: { 'If-Match': current.etag } },
        body: { status, reason },
      }),
    );
  });
}

export function useChangeRegistrationStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: changeRegistrationStatus, onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }) });
}
