import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { MembershipPage } from '@/features/terms/types';

export const membershipsQueryKey = (termId: number) => ['terms', 'memberships', termId] as const;

export function listMemberships(termId: number): Promise<MembershipPage> {
  return call(async () =>
    unwrap(
      await api().GET('/api/v1/terms/{termId}/memberships', { params: { path: { termId }, query: { size: 100 } } }),
    ),
  );
}

export function useMemberships(termId: number) {
  return useQuery({ queryKey: membershipsQueryKey(termId), queryFn: () => listMemberships(termId) });
}
