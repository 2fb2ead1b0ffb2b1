import type { RouteObject } from 'react-router-dom';

export const provinceRoutes: RouteObject[] = [
  {
    path: 'provinces',
    lazy: async () => ({ Component: (await import('@/features/provinces/components/provinces-page')).ProvincesPage }),
  },
  {
    path: 'provinces/:id',
    lazy: async () => ({
      Component: (await import('@/features/provinces/components/province-detail-page')).ProvinceDetailPage,
    }),
  },
];
