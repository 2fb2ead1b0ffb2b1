import { createContext, useContext } from 'react';
import type { RecordKind } from '@/lib/routing/paths';

/** One record of a term another feature may point at (an agenda item "about" a campaign, the covenant, a scheme). */
export interface TermRecord {
  id: number;
  title: string;
}

/** What a hook of a {@link TermRecordSource} answers: the term's records of its kind, as a query does. */
export interface TermRecordsResult {
  data?: TermRecord[];
  isPending: boolean;
  isError: boolean;
}

/**
 * The records of one kind of a term, contributed by the feature that owns them (as the server's
 * AgendaLinkTarget beans are): a feature that links to records (the conferences' agenda) lists the
 * sources the app registers without importing their features. Only the kinds the app registers are
 * offered; a kind without a source (VOTE, until votes exist) is shown, never offered.
 */
export interface TermRecordSource {
  kind: RecordKind;
  /** A hook: the term's records of this kind (the owner's own list query). Called by one component per kind. */
  useRecords: (termId: number) => TermRecordsResult;
}

const TermRecordsContext = createContext<readonly TermRecordSource[]>([]);

export const TermRecordSourcesProvider = TermRecordsContext.Provider;

export function useTermRecordSources(): readonly TermRecordSource[] {
  return useContext(TermRecordsContext);
}
