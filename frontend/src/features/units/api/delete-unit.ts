import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import { unitQueryKey } from '@/features/units/api/get-unit';

export interface DeleteUnitArgs {
  id: number;
  /** The ETag of the read the page shows (sent as If-Match; 412 when stale). */
  etag: string;
}

/** DELETE with If-Match; 204 → resolves, anything else → ApiError (409 when the API refuses). */
export function deleteUnit({ id, etag }: DeleteUnitArgs): Promise<void> {
  return call(async () => {
    const result = await api().DELETE('/api/v1/units/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
    if (!result.response.ok) throw toApiError(result.response, result.error);
  });
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: unitQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['units'] });
    },
  });
}
