import type { RouteObject } from 'react-router-dom';

export const scoringRoutes: RouteObject[] = [
  {
    path: 'sheets/:id',
    lazy: async () => ({ Component: (await import('@/features/scoring/components/sheet-page')).SheetPage }),
  },
];
