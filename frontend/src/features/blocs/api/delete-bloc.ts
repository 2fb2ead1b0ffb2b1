import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import { blocQueryKey } from '@/features/blocs/api/get-bloc';

export interface DeleteBlocArgs {
  id: number;
  /** The ETag of the read the page shows (sent as If-Match; 412 when stale). */
  etag: string;
}

/** DELETE with If-Match; 204 → resolves, anything else → ApiError (409 when the API refuses). */
export function deleteBloc({ id, etag }: DeleteBlocArgs): Promise<void> {
  return call(async () => {
    const result = await api().DELETE('/api/v1/blocs/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
    if (!result.response.ok) throw toApiError(result.response, result.error);
  });
}

export function useDeleteBloc() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteBloc,
    onSuccess: (_, { id }) => {
      queryClient.removeQueries({ queryKey: blocQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['blocs'] });
    },
  });
}
