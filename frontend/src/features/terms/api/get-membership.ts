import { api, call, unwrapVersioned, type Versioned } from '@/lib/api/client';
import type { Membership } from '@/features/terms/types';

export const membershipQueryKey = (id: number) => ['memberships', 'detail', id] as const;

/** Read right before editing: its ETag is what the change is sent with. */
export function getMembership(id: number): Promise<Versioned<Membership>> {
  return call(async () => unwrapVersioned(await api().GET('/api/v1/memberships/{id}', { params: { path: { id } } })));
}
