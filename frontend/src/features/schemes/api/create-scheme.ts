import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Scheme, SchemeInput } from '@/features/schemes/types';

export function createScheme({ termId, input }: { termId: number; input: SchemeInput }): Promise<Scheme> {
  return call(async () => unwrap(await api().POST('/api/v1/terms/{termId}/schemes', { params: { path: { termId } }, body: input })));
}

export function useCreateScheme() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createScheme, onSuccess: () => client.invalidateQueries({ queryKey: ['schemes'] }) });
}
