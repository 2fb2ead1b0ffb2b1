import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned } from '@/lib/api/client';
import type { Registration } from '@/features/campaigns/types';

/** Edits a draft or returned registration's targets (If-Match from a fresh read). */
export function updateRegistration({ id, targets }: { id: number; targets: string }): Promise<Registration> {
  return call(async () => {
    const current = unwrapVersioned(await api().GET('/api/v1/registrations/{id}', { params: { path: { id } } }));
    return unwrap(
      await api().PUT('/api/v1/registrations/{id}', {
        params: { path: { id }, header: { 'If-Match': current.etag } },
        body: { targets, numericTargets: current.data.numericTargets },
      }),
    );
  });
}

export function useUpdateRegistration() {
  const client = useQueryClient();
  return useMutation({ mutationFn: updateRegistration, onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }) });
}
