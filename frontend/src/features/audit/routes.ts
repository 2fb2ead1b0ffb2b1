import type { RouteObject } from 'react-router-dom';
import type { RouteHandle } from '@/lib/routing/route-handle';

const admin: RouteHandle = { role: 'admin' };

export const auditRoutes: RouteObject[] = [
  {
    path: 'audit',
    handle: admin,
    lazy: async () => ({ Component: (await import('@/features/audit/components/audit-page')).AuditPage }),
  },
];
