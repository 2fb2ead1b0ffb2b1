import type { TermRecordSource, TermRecordsResult } from '@/lib/ui/term-records';
import { useSchemes } from '@/features/schemes/api/list-schemes';

/** The term's scheme versions, for the item that adopts one; titled as the server titles the link ("… (v2)"). */
function useSchemeRecords(termId: number): TermRecordsResult {
  const query = useSchemes(termId);
  return {
    data: query.data?.items.map((s) => ({ id: s.id, title: `${s.title} (v${s.versionNo})` })),
    isPending: query.isPending,
    isError: query.isError,
  };
}

export const schemeRecords: TermRecordSource = { kind: 'SCHEME_ADOPTION', useRecords: useSchemeRecords };
