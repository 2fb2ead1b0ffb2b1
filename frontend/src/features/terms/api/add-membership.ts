import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Membership, MembershipInput } from '@/features/terms/types';

export function addMembership({ termId, input }: { termId: number; input: MembershipInput }): Promise<Membership> {
  return call(async () =>
    unwrap(await api().POST('/api/v1/terms/{termId}/memberships', { params: { path: { termId } }, body: input })),
  );
}

export function useAddMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
