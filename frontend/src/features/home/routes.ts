import type { RouteObject } from 'react-router-dom';

export const homeRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({ Component: (await import('@/features/home/components/home-page')).HomePage }),
  },
];
