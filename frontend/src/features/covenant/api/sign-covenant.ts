import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { CovenantSignature, SignatureInput } from '@/features/covenant/types';

export function signCovenant({ id, input }: { id: number; input: SignatureInput }): Promise<CovenantSignature> {
  return call(async () => unwrap(await api().POST('/api/v1/covenants/{id}/signatures', { params: { path: { id } }, body: input })));
}

export function useSignCovenant() {
  const client = useQueryClient();
  return useMutation({ mutationFn: signCovenant, onSuccess: () => client.invalidateQueries({ queryKey: ['covenants'] }) });
}
