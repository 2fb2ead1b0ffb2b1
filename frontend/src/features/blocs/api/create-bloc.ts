import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Bloc, BlocInput } from '@/features/blocs/types';

export function createBloc(input: BlocInput): Promise<Bloc> {
  return call(async () => unwrap(await api().POST('/api/v1/blocs', { body: input })));
}

export function useCreateBloc() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createBloc, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['blocs'] }) });
}
