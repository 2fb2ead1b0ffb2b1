import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router-dom';
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

/** What each route's lazy gave, once it has: a router made afterwards starts with them in place. */
const loaded = new Map<RouteObject, object>();

/** Starts loading the lazy chunks of the routes that will show {@code pathname} (the first screen's, before the router exists). */
export function preloadRoute(pathname: string): void {
  for (const match of matchRoutes(appRoutes, pathname) ?? []) {
    const route = match.route;
    const load = route.lazy;
    if (typeof load === 'function') {
      void Promise.resolve(load())
        .then((props) => loaded.set(route, props))
        .catch(() => undefined);
    }
  }
}

/**
 * The routes with every lazy already loaded replaced by what it gave (issue 9): when the first screen's
 * chunks arrived before the token, the router starts initialised and the first render after the token is
 * the screen itself, not the boot fallback first and the screen in a second render.
 */
function withLoaded(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const props = loaded.get(route);
    const next = props ? ({ ...route, ...props, lazy: undefined } as RouteObject) : route;
    if (next.index || !route.children) return next;
    return { ...next, children: withLoaded(route.children) };
  });
}

export function createAppRouter() {
  return createBrowserRouter(withLoaded(appRoutes));
}
