import type { TermSection } from '@/lib/ui/term-sections';
import { CampaignsSection } from '@/features/campaigns/components/campaigns-section';
import { CovenantSection } from '@/features/covenant/components/covenant-section';
import { SchemesSection } from '@/features/schemes/components/schemes-section';
import { ConferencesSection } from '@/features/conferences/components/conferences-section';
import { TermTasksSection } from '@/features/tasks/components/term-tasks-section';

/** The sections other features add to the term's page (the year at a glance), in the order shown. */
export const TERM_SECTIONS: readonly TermSection[] = [
  { key: 'tasks', render: (term) => <TermTasksSection termId={term.id} /> },
  { key: 'campaigns', render: (term) => <CampaignsSection term={term} /> },
  { key: 'covenant', render: (term) => <CovenantSection term={term} /> },
  { key: 'schemes', render: (term) => <SchemesSection termId={term.id} blocId={term.blocId} year={term.year} /> },
  { key: 'conferences', titleKey: 'conference.section', render: (term) => <ConferencesSection termId={term.id} /> },
];
