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

export const appRoutes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <p className="boot">…</p>,
    children: [
      {
        errorElement: <RouteError />,
        children: [...homeRoutes, ...unitRoutes, ...blocRoutes, ...termRoutes, ...auditRoutes, ...provinceRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
