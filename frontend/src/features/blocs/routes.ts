import type { RouteObject } from 'react-router-dom';
import type { RouteHandle } from '@/lib/routing/route-handle';

const admin: RouteHandle = { role: 'admin' };

export const blocRoutes: RouteObject[] = [
  {
    path: 'blocs',
    lazy: async () => ({ Component: (await import('@/features/blocs/components/blocs-page')).BlocsPage }),
  },
  {
    path: 'blocs/new',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/blocs/components/bloc-create-page')).BlocCreatePage }),
  },
  {
    path: 'blocs/:id',
    lazy: async () => ({ Component: (await import('@/features/blocs/components/bloc-detail-page')).BlocDetailPage }),
  },
  {
    path: 'blocs/:id/edit',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/blocs/components/bloc-edit-page')).BlocEditPage }),
  },
];
