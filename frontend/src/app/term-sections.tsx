import type { TermSection } from '@/lib/ui/term-sections';
import { CampaignsSection } from '@/features/campaigns/components/campaigns-section';
import { CovenantSection } from '@/features/covenant/components/covenant-section';
import { ConferencesSection } from '@/features/conferences/components/conferences-section';

/** The sections other features add to the term's page (the year at a glance), in the order shown. */
export const TERM_SECTIONS: readonly TermSection[] = [
  { key: 'campaigns', render: (term) => <CampaignsSection term={term} /> },
  { key: 'covenant', render: (term) => <CovenantSection term={term} /> },
  { key: 'conferences', titleKey: 'conference.section', render: (term) => <ConferencesSection termId={term.id} /> },
];
