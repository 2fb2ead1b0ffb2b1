import type { TermRecordSource, TermRecordsResult } from '@/lib/ui/term-records';
import { useCampaigns } from '@/features/campaigns/api/list-campaigns';

/** The term's own campaigns, for an agenda item about one of them (the server accepts only those). */
function useCampaignRecords(termId: number): TermRecordsResult {
  const query = useCampaigns(termId);
  return { data: query.data?.map((c) => ({ id: c.id, title: c.title })), isPending: query.isPending, isError: query.isError };
}

export const campaignRecords: TermRecordSource = { kind: 'CAMPAIGN', useRecords: useCampaignRecords };
