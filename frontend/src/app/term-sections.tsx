import type { TermSection } from '@/lib/ui/term-sections';
import { ConferencesSection } from '@/features/conferences/components/conferences-section';

/** The sections other features add to the term's page, in the order shown. */
export const TERM_SECTIONS: readonly TermSection[] = [
  { key: 'conferences', titleKey: 'conference.section', render: (termId) => <ConferencesSection termId={termId} /> },
];
