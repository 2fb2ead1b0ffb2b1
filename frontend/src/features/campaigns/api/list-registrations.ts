import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { RegistrationOverview } from '@/features/campaigns/types';

export const registrationsQueryKey = (campaignId: number) => ['campaigns', 'registrations', campaignId] as const;

export function listRegistrations(id: number): Promise<RegistrationOverview> {
  return call(async () => unwrap(await api().GET('/api/v1/campaigns/{id}/registrations', { params: { path: { id } } })));
}

export function useRegistrations(campaignId: number) {
  // Members register and submit, the leader accepts or returns: read again whenever the term page mounts,
  // never from a cache another unit's change has made stale.
  return useQuery({ queryKey: registrationsQueryKey(campaignId), queryFn: () => listRegistrations(campaignId), staleTime: 0 });
}
