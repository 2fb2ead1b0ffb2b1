import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Membership, MembershipUpdate } from '@/features/terms/types';

export interface UpdateMembershipArgs {
  id: number;
  etag: string;
  input: MembershipUpdate;
}

export function updateMembership({ id, etag, input }: UpdateMembershipArgs): Promise<Membership> {
  return call(async () =>
    unwrap(
      await api().PUT('/api/v1/memberships/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
    ),
  );
}

export function useUpdateMembership() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMembership, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['terms'] }) });
}
