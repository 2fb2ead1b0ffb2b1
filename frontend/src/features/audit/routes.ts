import type { RouteObject } from 'react-router-dom';
import type { RouteHandle } from '@/lib/routing/route-handle';

// The Board reads its province's trail; the Ministry (national) reads every province's.
const auditors: RouteHandle = { role: ['admin', 'national'] };

export const auditRoutes: RouteObject[] = [
  {
    path: 'audit',
    handle: auditors,
    lazy: async () => ({ Component: (await import('@/features/audit/components/audit-page')).AuditPage }),
  },
];
