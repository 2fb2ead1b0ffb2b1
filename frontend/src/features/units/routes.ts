import type { RouteObject } from 'react-router-dom';
import type { RouteHandle } from '@/lib/routing/route-handle';

const admin: RouteHandle = { role: 'admin' };

export const unitRoutes: RouteObject[] = [
  {
    path: 'units',
    lazy: async () => ({ Component: (await import('@/features/units/components/units-page')).UnitsPage }),
  },
  {
    path: 'units/new',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/units/components/unit-create-page')).UnitCreatePage }),
  },
  {
    path: 'units/:id',
    lazy: async () => ({ Component: (await import('@/features/units/components/unit-detail-page')).UnitDetailPage }),
  },
  {
    path: 'units/:id/edit',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/units/components/unit-edit-page')).UnitEditPage }),
  },
];
