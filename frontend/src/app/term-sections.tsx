import { lazy } from 'react';
import type { TermSection } from '@/lib/ui/term-sections';
import { ConferencesSection } from '@/features/conferences/components/conferences-section';

const CampaignsSection = lazy(async () => ({
  default: (await import('@/features/campaigns/components/campaigns-section')).CampaignsSection,
}));
const CovenantSection = lazy(async () => ({
  default: (await import('@/features/covenant/components/covenant-section')).CovenantSection,
}));

/** The sections other features add to the term's page (the year at a glance), in the order shown. */
export const TERM_SECTIONS: readonly TermSection[] = [
  { key: 'campaigns', render: (term) => <CampaignsSection term={term} /> },
  { key: 'covenant', render: (term) => <CovenantSection term={term} /> },
  { key: 'conferences', titleKey: 'conference.section', render: (term) => <ConferencesSection termId={term.id} /> },
];
