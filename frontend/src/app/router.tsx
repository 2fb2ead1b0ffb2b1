import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppLayout } from '@/app/app-layout';
import { NotFoundPage } from '@/app/status-pages';
import { RouteError } from '@/app/route-error';
import { homeRoutes } from '@/features/home/routes';
import { unitRoutes } from '@/features/units/routes';
import { blocRoutes } from '@/features/blocs/routes';
import { termRoutes } from '@/features/terms/routes';
import { auditRoutes } from '@/features/audit/routes';
import { provinceRoutes } from '@/features/provinces/routes';
import { scoringRoutes } from '@/features/scoring/routes';
import { voteRoutes } from '@/features/votes/routes';
import { preloadTermSections } from '@/app/term-sections';

/** The term page's route also starts its sections' chunks, in parallel with its own. */
const termRoutesWithSections: RouteObject[] = termRoutes.map((route) => {
  const load = route.lazy;
  if (route.path !== 'terms/:id' || typeof load !== 'function') return route;
  return {
    ...route,
    lazy: () => {
      preloadTermSections();
      return load();
    },
  };
});

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <p className="boot">…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [...homeRoutes, ...unitRoutes, ...blocRoutes, ...termRoutesWithSections, ...auditRoutes, ...provinceRoutes, ...scoringRoutes, ...voteRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
