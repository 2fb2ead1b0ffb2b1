import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Unit, UnitInput } from '@/features/units/types';

export interface UpdateUnitArgs {
  id: number;
  /** The ETag of the read the form started from (sent as If-Match; 412 when stale). */
  etag: string;
  input: UnitInput;
}

export function updateUnit({ id, etag, input }: UpdateUnitArgs): Promise<Unit> {
  return call(async () =>
    unwrap(
      await api().PUT('/api/v1/units/{id}', {
        params: { path: { id }, header: { 'If-Match': etag } },
        body: input,
      }),
    ),
  );
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
}
