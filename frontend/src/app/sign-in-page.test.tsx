import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createI18n, type Language } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/api/query-client';
import { OidcSession } from '@/lib/auth/oidc-session';
import type { AuthSession } from '@/lib/auth/session';
import { AppProviders } from '@/app/providers';
import { SignInPage } from '@/app/sign-in-page';

/** A closed loopback port: the sign-in server is really down, nothing is faked. */
const DOWN_KEYCLOAK = 'http://127.0.0.1:9/realms/thidua';

function renderSignIn(session: AuthSession, language: Language = 'vi') {
  render(
    <AppProviders i18n={createI18n(language)} session={session} queryClient={createQueryClient()}>
      <SignInPage />
    </AppProviders>,
  );
}

describe('sign-in page when Keycloak is down', () => {
  it('says in Vietnamese that the sign-in server cannot be reached, and lets the user retry', async () => {
    const session = new OidcSession(DOWN_KEYCLOAK, 'thidua-spa', 'http://localhost:5173');
    renderSignIn(session);
    await userEvent.click(screen.getByRole('button', { name: /Đăng nhập/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không kết nối được máy chủ đăng nhập');
    expect(screen.getByRole('alert')).toHaveTextContent('Phiên làm việc đang mở vẫn dùng được');
    // A second click tries again (the first failure does not leave the page stuck).
    await expect(session.signIn()).rejects.toBeDefined();
  });

  it('says it in English too', async () => {
    renderSignIn(new OidcSession(DOWN_KEYCLOAK, 'thidua-spa', 'http://localhost:5173'), 'en');
    await userEvent.click(screen.getByRole('button', { name: /Sign in/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The sign-in server cannot be reached');
  });
});
