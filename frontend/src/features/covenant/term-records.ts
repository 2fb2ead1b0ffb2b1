import type { TermRecordSource, TermRecordsResult } from '@/lib/ui/term-records';
import { useTermCovenant } from '@/features/covenant/api/list-term-covenants';

/** The term's covenant (none or one), for the signing conference's main item. */
function useCovenantRecords(termId: number): TermRecordsResult {
  const query = useTermCovenant(termId);
  const covenant = query.data;
  return {
    data: query.isSuccess ? (covenant ? [{ id: covenant.id, title: covenant.title }] : []) : undefined,
    isPending: query.isPending,
    isError: query.isError,
  };
}

export const covenantRecords: TermRecordSource = { kind: 'COVENANT', useRecords: useCovenantRecords };
