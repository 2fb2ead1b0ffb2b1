import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Term, TermUpdate } from '@/features/terms/types';

export interface UpdateTermArgs {
  id: number;
  etag: string;
  input: TermUpdate;
}

export function updateTerm({ id, etag, input }: UpdateTermArgs): Promise<Term> {
  return call(async () =>
    unwrap(await api().PUT('/api/v1/terms/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
  );
}

export function useUpdateTerm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTerm, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
