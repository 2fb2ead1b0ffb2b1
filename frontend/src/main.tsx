import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createI18n, currentLanguage } from '@/i18n/i18n';
import { loadRuntimeConfig } from '@/lib/config/runtime-config';
import { OidcSession } from '@/lib/auth/oidc-session';
import { createApiClient, setApiClient } from '@/lib/api/client';
import { createQueryClient } from '@/lib/api/query-client';
import { AppProviders } from '@/app/providers';
import { createAppRouter } from '@/app/router';
import '@/app/styles.css';

async function start() {
  const i18n = createI18n();
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing');
  const root = createRoot(container);
  root.render(
    <p className="boot" role="status">
      {i18n.t('app.loading')}
    </p>,
  );

  let config;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    console.error(error);
    root.render(
      <main className="boot" role="alert">
        <h1>{i18n.t('app.startFailed')}</h1>
        <p>{i18n.t('app.startFailedDetail')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {i18n.t('app.reload')}
        </button>
      </main>,
    );
    return;
  }

  const session = new OidcSession(config.oidcAuthority, config.oidcClientId);
  setApiClient(
    createApiClient({
      baseUrl: config.apiBaseUrl,
      getAccessToken: session.getAccessToken,
      getLanguage: () => currentLanguage(i18n),
      onUnauthenticated: session.handleUnauthenticated,
    }),
  );
  // Finish a sign-in redirect (or resume a Keycloak session) before the router reads the URL.
  await session.start();
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

void start();
