import { useQuery } from '@tanstack/react-query';
import { api, call, unwrap } from '@/lib/api/client';
import type { StoredFile } from '@/features/campaigns/types';

export function listCampaignFiles(id: number): Promise<StoredFile[]> {
  return call(async () => unwrap(await api().GET('/api/v1/campaigns/{id}/files', { params: { path: { id } } })));
}

export function useCampaignFiles(id: number) {
  return useQuery({ queryKey: ['campaigns', 'files', id], queryFn: () => listCampaignFiles(id) });
}
