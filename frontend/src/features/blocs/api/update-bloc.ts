import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Bloc, BlocInput } from '@/features/blocs/types';

export interface UpdateBlocArgs {
  id: number;
  etag: string;
  input: BlocInput;
}

export function updateBloc({ id, etag, input }: UpdateBlocArgs): Promise<Bloc> {
  return call(async () =>
    unwrap(await api().PUT('/api/v1/blocs/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input })),
  );
}

export function useUpdateBloc() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateBloc, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['blocs'] }) });
}
