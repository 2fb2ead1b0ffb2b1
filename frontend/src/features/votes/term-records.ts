import type { TermRecordSource, TermRecordsResult } from '@/lib/ui/term-records';
import { useTermVotes } from '@/features/votes/api/votes';

/** The term's votes, for an agenda item about one of them. */
function useVoteRecords(termId: number): TermRecordsResult {
  const query = useTermVotes(termId);
  return { data: query.data?.items.map((v) => ({ id: v.id, title: v.title })), isPending: query.isPending, isError: query.isError };
}

export const voteRecords: TermRecordSource = { kind: 'VOTE', useRecords: useVoteRecords };
