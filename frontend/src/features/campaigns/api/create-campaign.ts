import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { Campaign, CampaignInput } from '@/features/campaigns/types';

export function createCampaign(input: CampaignInput): Promise<Campaign> {
  return call(async () => unwrap(await api().POST('/api/v1/campaigns', { body: input })));
}

export function useCreateCampaign() {
  const client = useQueryClient();
  return useMutation({ mutationFn: createCampaign, onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }) });
}
