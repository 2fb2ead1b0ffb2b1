import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import type { i18n as I18n } from 'i18next';
import type { AuthSession } from '@/lib/auth/session';
import { createQueryClient } from '@/lib/api/query-client';
import { AppProviders } from '@/app/providers';
import { createAppRouter } from '@/app/router';

export { preloadRoute } from '@/app/router';

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
