import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { matchRoutes, RouterProvider } from 'react-router-dom';
import type { i18n as I18n } from 'i18next';
import type { AuthSession } from '@/lib/auth/session';
import { createQueryClient } from '@/lib/api/query-client';
import { AppProviders } from '@/app/providers';
import { appRoutes, createAppRouter } from '@/app/router';

/** Starts loading the lazy chunks of the routes that will show {@code pathname} (the first screen's, before the router exists). */
export function preloadRoute(pathname: string): void {
  for (const match of matchRoutes(appRoutes, pathname) ?? []) {
    const load = match.route.lazy;
    if (typeof load === 'function') void Promise.resolve(load()).catch(() => undefined);
  }
}

/** The signed-in application (antd, router, react-query): a chunk of its own, loaded after sign-in. */
export function renderApp(root: Root, i18n: I18n, session: AuthSession) {
  const queryClient = createQueryClient();
  const router = createAppRouter();
  root.render(
    <StrictMode>
      <AppProviders i18n={i18n} session={session} queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
