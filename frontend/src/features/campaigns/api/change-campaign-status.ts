import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, unwrap, unwrapVersioned } from '@/lib/api/client';
import type { Campaign, CampaignStatus } from '@/features/campaigns/types';

/** Reads the campaign's current ETag, then moves it one step (the server checks the step and the caller). */
export function changeCampaignStatus({ id, status }: { id: number; status: CampaignStatus }): Promise<Campaign> {
  return call(async () => {
    const current = unwrapVersioned(await api().GET('/api/v1/campaigns/{id}', { params: { path: { id } } }));
    return unwrap(
      await api().POST('/api/v1/campaigns/{id}/status', {
        params: { path: { id }, header: { 'If-Match': current.etag } },
        body: { status },
      }),
    );
  });
}

export function useChangeCampaignStatus() {
  const client = useQueryClient();
  return useMutation({ mutationFn: changeCampaignStatus, onSuccess: () => client.invalidateQueries({ queryKey: ['campaigns'] }) });
}
