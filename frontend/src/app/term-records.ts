import type { TermRecordSource } from '@/lib/ui/term-records';
import { campaignRecords } from '@/features/campaigns/term-records';
import { covenantRecords } from '@/features/covenant/term-records';
import { schemeRecords } from '@/features/schemes/term-records';
import { voteRecords } from '@/features/votes/term-records';

/** The kinds of a term's records an agenda item may be about, in the order offered. */
export const TERM_RECORD_SOURCES: readonly TermRecordSource[] = [campaignRecords, covenantRecords, schemeRecords, voteRecords];
