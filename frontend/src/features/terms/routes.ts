import type { RouteObject } from 'react-router-dom';
import type { RouteHandle } from '@/lib/routing/route-handle';

const admin: RouteHandle = { role: 'admin' };

export const termRoutes: RouteObject[] = [
  {
    path: 'terms/new',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/terms/components/term-create-page')).TermCreatePage }),
  },
  {
    path: 'terms/:id',
    lazy: async () => ({ Component: (await import('@/features/terms/components/term-detail-page')).TermDetailPage }),
  },
  {
    path: 'terms/:id/edit',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/terms/components/term-edit-page')).TermEditPage }),
  },
];
