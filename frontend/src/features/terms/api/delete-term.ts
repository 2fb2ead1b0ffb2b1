import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import { termQueryKey } from '@/features/terms/api/get-term';

export interface DeleteTermArgs {
  id: number;
  /** The ETag of the read the page shows (sent as If-Match; 412 when stale). */
  etag: string;
}

/** DELETE with If-Match; 204 → resolves, anything else → ApiError (409 when the API refuses). */
export function deleteTerm({ id, etag }: DeleteTermArgs): Promise<void> {
  return call(async () => {
    const result = await api().DELETE('/api/v1/terms/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
    if (!result.response.ok) throw toApiError(result.response, result.error);
  });
}

export function useDeleteTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTerm,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: termQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['terms'] });
    },
  });
}
