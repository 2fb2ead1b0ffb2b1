import type { Role } from '@/lib/auth/session';

/** What a route carries besides its element: the role it requires (checked by the app layout). */
export interface RouteHandle {
  role?: Role;
}

export function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null;
}
