import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Campaign } from '@/features/campaigns/types';

export const campaignsQueryKey = (termId: number) => ['campaigns', 'term', termId] as const;

export function listCampaigns(termId: number): Promise<Campaign[]> {
  return call(async () =>
    unwrap(await api().GET('/api/v1/campaigns', { params: { query: { termId, size: 100 } } })).items,
  );
}

export function useCampaigns(termId: number) {
  // Other units change these (a campaign launched, closed): read again whenever the term page mounts.
  return useQuery({ queryKey: campaignsQueryKey(termId), queryFn: () => listCampaigns(termId), staleTime: 0 });
}
