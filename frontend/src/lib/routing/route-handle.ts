import type { Role } from '@/lib/auth/session';

/**
 * What a route carries besides its element: the role it requires, or roles of which one suffices
 * (checked by the app layout; 'admin' means a Board admin who may write, never a national user).
 */
export interface RouteHandle {
  role?: Role | readonly Role[];
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null;
}
