import type { RouteObject } from 'react-router-dom';

export const voteRoutes: RouteObject[] = [
  {
    path: 'votes/:id/ballot',
    lazy: async () => ({ Component: (await import('@/features/votes/components/ballot-page')).BallotPage }),
  },
  {
    path: 'votes/:id/results',
    lazy: async () => ({ Component: (await import('@/features/votes/components/vote-results-page')).VoteResultsPage }),
  },
];
