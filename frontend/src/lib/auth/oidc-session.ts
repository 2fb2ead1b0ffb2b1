import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { realmRoles, tokenClaim } from '@/lib/auth/jwt';
import type { AuthSession, SessionSnapshot } from '@/lib/auth/session';

export const CALLBACK_PATH = '/auth/callback';
const SILENT_PATH = '/auth/silent-callback.html';
/**
 * Set while this browser has signed in and not signed out: only then does a fresh page load try to
 * resume the Keycloak session silently (an iframe round trip, up to 6 s); a first visit shows the
 * sign-in page at once (issue 9). Holds no token, only "1".
 */
export const RESUME_KEY = 'thidua.resume';

function resumeHint(value?: boolean): boolean {
  try {
    if (value === true) window.localStorage.setItem(RESUME_KEY, '1');
    else if (value === false) window.localStorage.removeItem(RESUME_KEY);
    return window.localStorage.getItem(RESUME_KEY) === '1';
  } catch {
    return true; // no storage: try to resume, as before
  }
}

/** Whether this page load is likely to end signed in: a sign-in returning, or a session to resume. */
export function likelySignedIn(): boolean {
  return window.location.pathname === CALLBACK_PATH || resumeHint();
}

const STATE_PREFIX = 'thidua.oidc.';

/**
 * The path this page load will show: a returning sign-in's saved return path (read from the pending
 * redirect's state record, before the token exchange), else the current one. Only a hint, for
 * fetching the first route's chunk early; the callback itself decides where it goes.
 */
export function firstPath(): string {
  const url = new URL(window.location.href);
  if (url.pathname !== CALLBACK_PATH) return url.pathname;
  try {
    const id = url.searchParams.get('state')?.split(';')[0];
    const stored = id ? window.sessionStorage.getItem(STATE_PREFIX + id) : null;
    const data = stored ? (JSON.parse(stored) as { data?: ReturnState }).data : undefined;
    return safeReturnTo(data?.returnTo).split(/[?#]/)[0] ?? '/';
  } catch {
    return '/';
  }
}

interface ReturnState {
  returnTo?: string;
}

/**
 * OIDC authorization code + PKCE (S256, with state and nonce) against Keycloak via oidc-client-ts.
 * Tokens are kept in memory only (InMemoryWebStorage); only the short-lived PKCE/state record of an
 * in-flight redirect goes to sessionStorage. Renewal uses the refresh token (silent renew).
 */
export class OidcSession implements AuthSession {
  private readonly manager: UserManager;
  private snapshot: SessionSnapshot = { status: 'loading', roles: [] };
  private readonly listeners = new Set<() => void>();
  private redirecting = false;

  constructor(authority: string, clientId: string, origin = window.location.origin) {
    this.manager = new UserManager({
      authority,
      client_id: clientId,
      redirect_uri: origin + CALLBACK_PATH,
      silent_redirect_uri: origin + SILENT_PATH,
      post_logout_redirect_uri: origin + '/',
      response_type: 'code',
      scope: 'openid profile',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: STATE_PREFIX }),
      automaticSilentRenew: true,
      silentRequestTimeoutInSeconds: 6,
      monitorSession: false,
      loadUserInfo: false,
    });
    this.manager.events.addUserLoaded((user) => this.setUser(user));
    this.manager.events.addUserUnloaded(() => this.setUser(null));
    this.manager.events.addAccessTokenExpired(() => {
      void this.manager.signinSilent().catch(() => this.setUser(null));
    });
    this.manager.events.addSilentRenewError(() => {
      /* the next API call answers 401 and handleUnauthenticated takes over */
    });
  }

  /** Completes a redirect sign-in, or tries to resume an existing Keycloak session silently. */
  async start(): Promise<void> {
    const url = new URL(window.location.href);
    if (url.pathname === CALLBACK_PATH) {
      try {
        const user = await this.manager.signinRedirectCallback();
        const state = (user.state ?? {}) as ReturnState;
        window.history.replaceState(null, '', safeReturnTo(state.returnTo));
        this.setUser(user);
      } catch (error) {
        console.warn('Sign-in callback failed', error);
        window.history.replaceState(null, '', '/');
        this.setUser(null);
      }
      return;
    }
    if (!resumeHint()) {
      this.setUser(null);
      return;
    }
    try {
      this.setUser(await this.manager.signinSilent());
    } catch {
      resumeHint(false); // the Keycloak session is gone: the next load shows the sign-in page at once
      this.setUser(null);
    }
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getAccessToken = (): string | undefined => this.user?.access_token;

  private user: User | null = null;

  private setUser(user: User | null): void {
    this.user = user && !user.expired ? user : null;
    if (this.user) resumeHint(true);
    const token = this.user?.access_token;
    const profile = this.user?.profile;
    this.snapshot = this.user
      ? {
          status: 'authenticated',
          username: profile?.preferred_username,
          displayName: profile?.name ?? profile?.preferred_username,
          roles: realmRoles(token),
          unitCode: tokenClaim(token, 'unit'),
        }
      : { status: 'anonymous', roles: [] };
    this.listeners.forEach((listener) => listener());
  }

  signIn = async (returnTo?: string): Promise<void> => {
    if (this.redirecting) return;
    this.redirecting = true;
    const current = window.location.pathname + window.location.search;
    const state: ReturnState = { returnTo: safeReturnTo(returnTo ?? current) };
    const lang = document.documentElement.lang || 'vi';
    try {
      await this.manager.signinRedirect({ state, ui_locales: lang });
    } catch (error) {
      // Keycloak did not answer (its discovery document could not be read): the caller shows
      // why, and a later click may try again.
      this.redirecting = false;
      throw error;
    }
  };

  signOut = async (): Promise<void> => {
    const idToken = this.user?.id_token;
    resumeHint(false);
    await this.manager.removeUser();
    await this.manager.signoutRedirect(idToken ? { id_token_hint: idToken } : undefined);
  };

  handleUnauthenticated = (): void => {
    void this.manager
      .signinSilent()
      .then((user) => this.setUser(user))
      .catch(() => this.signIn().catch(() => this.setUser(null)));
  };
}

/** Only same-origin paths are followed after sign-in. */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith(CALLBACK_PATH)) return '/';
  return value;
}
