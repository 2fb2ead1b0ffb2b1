import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';

export interface DeleteMembershipArgs {
  id: number;
  /** The ETag of the row the user looked at (lists carry each membership's ETag); 412 when it changed since. */
  etag: string;
}

/** Deletes a membership entered by mistake, with If-Match from the list the user saw, never a fresh read. */
export async function deleteMembership({ id, etag }: DeleteMembershipArgs): Promise<void> {
  await call(async () => {
    const result = await api().DELETE('/api/v1/memberships/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
    if (!result.response.ok) throw toApiError(result.response, result.error);
  });
}

export function useDeleteMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMembership, onSettled: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
