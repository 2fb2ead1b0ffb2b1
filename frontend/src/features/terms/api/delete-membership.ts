import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import { getMembership } from '@/features/terms/api/get-membership';

/** Deletes a membership entered by mistake: reads its current ETag, then DELETE with If-Match. */
export async function deleteMembership(id: number): Promise<void> {
  const { etag } = await getMembership(id);
  await call(async () => {
    const result = await api().DELETE('/api/v1/memberships/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
    if (!result.response.ok) throw toApiError(result.response, result.error);
  });
}

export function useDeleteMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
