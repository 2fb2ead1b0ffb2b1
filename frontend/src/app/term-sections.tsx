import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermSection } from '@/lib/ui/term-sections';

/**
 * A section's component in a chunk of its own (issue 9): the sections pull in most of antd (tables,
 * forms, trees, tabs, uploads) that no other first screen needs. `load` starts the import; the term
 * route calls it when it loads itself, so the sections' chunks come in parallel with the page's.
 */
function lazySection<P extends object>(load: () => Promise<ComponentType<P>>) {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => (pending ??= load().then((component) => ({ default: component })));
  return { Component: lazy(preload), preload };
}

/** Holds the section's place while its chunk loads (settles e2e waits: aria-busy). */
function SectionLoading() {
  const { t } = useTranslation();
  return (
    <div className="section-loading" role="status" aria-busy="true">
      <span className="visually-hidden">{t('app.loading')}</span>
    </div>
  );
}

const Tasks = lazySection(async () => (await import('@/features/tasks/components/term-tasks-section')).TermTasksSection);
const Campaigns = lazySection(async () => (await import('@/features/campaigns/components/campaigns-section')).CampaignsSection);
const Covenant = lazySection(async () => (await import('@/features/covenant/components/covenant-section')).CovenantSection);
const Schemes = lazySection(async () => (await import('@/features/schemes/components/schemes-section')).SchemesSection);
const Scoring = lazySection(async () => (await import('@/features/scoring/components/scoring-section')).ScoringSection);
const Ranking = lazySection(async () => (await import('@/features/rankings/components/ranking-section')).RankingSection);
const Votes = lazySection(async () => (await import('@/features/votes/components/votes-section')).VotesSection);
const Dossier = lazySection(async () => (await import('@/features/awards/components/dossier-section')).DossierSection);
const Leadership = lazySection(async () => (await import('@/features/leadership/components/leadership-section')).LeadershipSection);
const Conferences = lazySection(async () => (await import('@/features/conferences/components/conferences-section')).ConferencesSection);

/** Starts loading every section's chunk (the term page is about to show them). */
export function preloadTermSections(): void {
  for (const section of [Tasks, Campaigns, Covenant, Schemes, Scoring, Ranking, Conferences, Votes, Dossier, Leadership]) void section.preload();
}

const fallback = <SectionLoading />;

/** The sections other features add to the term's page (the year at a glance), in the order shown. */
export const TERM_SECTIONS: readonly TermSection[] = [
  {
    key: 'tasks',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Tasks.Component termId={term.id} />
      </Suspense>
    ),
  },
  {
    key: 'campaigns',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Campaigns.Component term={term} />
      </Suspense>
    ),
  },
  {
    key: 'covenant',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Covenant.Component term={term} />
      </Suspense>
    ),
  },
  {
    key: 'schemes',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Schemes.Component termId={term.id} blocId={term.blocId} year={term.year} />
      </Suspense>
    ),
  },
  {
    key: 'scoring',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Scoring.Component
          term={term}
          ranking={(round) => (
            <Suspense fallback={fallback}>
              <Ranking.Component {...round} />
            </Suspense>
          )}
        />
      </Suspense>
    ),
  },
  {
    key: 'conferences',
    titleKey: 'conference.section',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Conferences.Component termId={term.id} />
      </Suspense>
    ),
  },
  {
    key: 'votes',
    titleKey: 'vote.section',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Votes.Component term={term} />
      </Suspense>
    ),
  },
  {
    key: 'award-dossier',
    titleKey: 'award.dossier.section',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Dossier.Component term={term} />
      </Suspense>
    ),
  },
  {
    key: 'leadership',
    render: (term) => (
      <Suspense fallback={fallback}>
        <Leadership.Component term={term} />
      </Suspense>
    ),
  },
];
