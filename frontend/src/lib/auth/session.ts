export type Role = 'admin' | 'officer' | 'viewer' | 'portal' | 'national';

export interface SessionSnapshot {
  status: 'loading' | 'anonymous' | 'authenticated';
  username?: string;
  displayName?: string;
  /** Realm roles read from the access token. */
  roles: readonly string[];
  /** The `unit` claim of an officer's token. */
  unitCode?: string;
}

/** What the UI needs from a sign-in session; the OIDC implementation lives in oidc-session.ts. */
export interface AuthSession {
  getSnapshot: () => SessionSnapshot;
  subscribe: (listener: () => void) => () => void;
  getAccessToken: () => string | undefined;
  /** Starts the redirect to the identity provider; returns to `returnTo` afterwards. */
  signIn: (returnTo?: string) => Promise<void>;
  /** Ends the local and the Keycloak session. */
  signOut: () => Promise<void>;
  /** The API answered 401: sign in again (once). */
  handleUnauthenticated: () => void;
}

/** A fixed session, for tests and stories. */
export function staticSession(snapshot: SessionSnapshot, token = 'test-token'): AuthSession {
  return {
    getSnapshot: () => snapshot,
    subscribe: () => () => undefined,
    getAccessToken: () => (snapshot.status === 'authenticated' ? token : undefined),
    signIn: () => Promise.resolve(),
    signOut: () => Promise.resolve(),
    handleUnauthenticated: () => undefined,
  };
}
