import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';

export interface MemberUnit {
  id: number;
  name: string;
}

/** The term's current member units (whom attendance may name), in the roster's order. */
export function listTermMembers(termId: number): Promise<MemberUnit[]> {
  return call(async () => {
    const page = unwrap(
      await api().GET('/api/v1/terms/{termId}/memberships', { params: { path: { termId }, query: { size: 100 } } }),
    );
    return page.items.filter((m) => !m.leftOn).map((m) => ({ id: m.unit.id, name: m.unit.name }));
  });
}

export function useTermMembers(termId: number, enabled: boolean) {
  return useQuery({ queryKey: ['conferences', 'members', termId], queryFn: () => listTermMembers(termId), enabled });
}
