import { createContext, use, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthSession, Role, SessionSnapshot } from '@/lib/auth/session';

const AuthContext = createContext<AuthSession | null>(null);

export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  return <AuthContext value={session}>{children}</AuthContext>;
}

export interface UseAuth extends SessionSnapshot {
  session: AuthSession;
  hasRole: (role: Role) => boolean;
  /** A Board admin who may write (never a national user, who reads only). */
  isAdmin: boolean;
  /** Role national (Ministry): reads every province, writes nothing. */
  isNational: boolean;
}

export function useAuth(): UseAuth {
  const session = use(AuthContext);
  if (!session) throw new Error('useAuth outside AuthProvider');
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const hasRole = (role: Role) => snapshot.roles.includes(role);
  const isNational = hasRole('national');
  return { ...snapshot, session, hasRole, isAdmin: hasRole('admin') && !isNational, isNational };
}

/** Renders its children only for users holding the role (UI hiding; the API enforces). */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { hasRole } = useAuth();
  return hasRole(role) ? <>{children}</> : null;
}
