import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Term, TermInput } from '@/features/terms/types';

export function createTerm(input: TermInput): Promise<Term> {
  return call(async () => unwrap(await api().POST('/api/v1/terms', { body: input })));
}

export function useCreateTerm() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTerm, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
