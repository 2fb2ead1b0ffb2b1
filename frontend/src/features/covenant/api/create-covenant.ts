import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Covenant, CovenantInput } from '@/features/covenant/types';

export function createCovenant({ termId, input }: { termId: number; input: CovenantInput }): Promise<Covenant> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/terms/{termId}/covenants', { params: { path: { termId } }, body: input })),
  );
}

export function useCreateCovenant() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createCovenant, onSuccess: () => client.invalidateQueries({ queryKey: ['covenants'] }) });
}
