import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, currentLanguage } from '@/i18n/i18n';
import { loadRuntimeConfig } from '@/lib/config/runtime-config';
import { firstPath, likelySignedIn, OidcSession } from '@/lib/auth/oidc-session';
import { createApiClient, setApiClient } from '@/lib/api/client';
import { Landing } from '@/app/landing';
import { publicPage } from '@/lib/routing/paths';
import { loadAntdStyles } from '@/app/antd-styles';
import '@/app/styles.css';

async function start() {
  // A sign-in returning from Keycloak (or a session to resume) will need the application: fetch its
  // chunks while the configuration and the token exchange run, not after them (issue 9).
  // The first route's chunk follows as soon as the router's table is there. A failed prefetch is
  // tried again where the application is rendered.
  const signingIn = likelySignedIn();
  if (signingIn) void loadAntdStyles();
  const app = signingIn
    ? import('@/app/app-root')
        .then((module) => {
          module.preloadRoute(firstPath());
          return module;
        })
        .catch(() => undefined)
    : undefined;
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
  // The public pages (a published ranking or vote, the decided awards, a bloc's leaders) need no session:
  // read from /api/v1/public/... without a token, each page a chunk of its own (app/public-pages.tsx).
  const published = publicPage(window.location.pathname, window.location.search);
  if (published !== undefined) {
    const { renderPublicPage } = await import('@/app/public-pages');
    await renderPublicPage(root, i18n, published);
    return;
  }
  // Finish a sign-in redirect (or resume a Keycloak session) before the router reads the URL.
  await session.start();
  // A visitor without a session sees the landing page from this chunk alone; the application
  // (antd, router, data layer) loads only for a signed-in user (issue 9, docs/performance.md).
  if (session.getSnapshot().status !== 'authenticated') {
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <Landing session={session} />
        </I18nextProvider>
      </StrictMode>,
    );
    return;
  }
  // antd's stylesheet (zeroRuntime: no CSS-in-JS at the first render) must be there before it paints.
  const application = async () => (await app) ?? (await import('@/app/app-root'));
  const [{ renderApp }] = await Promise.all([application(), loadAntdStyles()]);
  renderApp(root, i18n, session);
}

void start();
