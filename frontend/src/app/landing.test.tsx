import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '@/i18n/i18n';
import { OidcSession, RESUME_KEY } from '@/lib/auth/oidc-session';
import type { AuthSession } from '@/lib/auth/session';
import { Landing } from '@/app/landing';

/** A closed loopback port: the sign-in server is really down, nothing is faked. */
const DOWN_KEYCLOAK = 'http://127.0.0.1:9/realms/thidua';

function renderLanding(session: AuthSession, language: Language = 'vi') {
  const i18n = createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <Landing session={session} />
    </I18nextProvider>,
  );
  return i18n;
}

afterEach(() => window.localStorage.clear());

describe('landing page (the entry chunk alone, no antd)', () => {
  it('offers sign-in with the in-app page’s words, and says when Keycloak cannot be reached', async () => {
    renderLanding(new OidcSession(DOWN_KEYCLOAK, 'thidua-spa', 'http://localhost:5173'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Chào mừng đến với ThiĐua');
    await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ đăng nhập');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  });

  it('switches to English and back with the same control the app has', async () => {
    const i18n = renderLanding(new OidcSession(DOWN_KEYCLOAK, 'thidua-spa', 'http://localhost:5173'));
    await userEvent.click(screen.getByTestId('language-switch'));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(i18n.language).toBe('en');
    expect(screen.getByTestId('language-switch')).toHaveAccessibleName('Change language: Tiếng Việt');
  });

  it('a first visit does not wait for a silent Keycloak round trip; a browser that signed in before does', async () => {
    // Counts the requests to Keycloak (passed through unchanged: the server is really down).
    const realFetch = globalThis.fetch;
    const asked: string[] = [];
    globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const first = new OidcSession(DOWN_KEYCLOAK, 'thidua-spa', 'http://localhost:5173');
      await first.start();
      expect(first.getSnapshot().status).toBe('anonymous');
      expect(asked).toEqual([]);

      window.localStorage.setItem(RESUME_KEY, '1');
      const returning = new OidcSession(DOWN_KEYCLOAK, 'thidua-spa', 'http://localhost:5173');
      await returning.start(); // tries to resume; Keycloak is down, so it fails and forgets the hint
      expect(returning.getSnapshot().status).toBe('anonymous');
      expect(asked.some((url) => url.startsWith(DOWN_KEYCLOAK))).toBe(true);
      expect(window.localStorage.getItem(RESUME_KEY)).toBeNull();
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
