import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { StyleProvider } from '@ant-design/cssinjs';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createI18n, type Language } from '@/i18n/i18n';
import { createApiClient, setApiClient } from '@/lib/api/client';
import { createQueryClient } from '@/lib/api/query-client';
import { staticSession } from '@/lib/auth/session';
import { AppProviders } from '@/app/providers';

export interface RenderOptions {
  roles?: string[];
  /** The officer's `unit` claim. */
  unitCode?: string;
  fetch: typeof fetch;
  path?: string;
  route?: string;
  language?: Language;
  onUnauthenticated?: () => void;
}

/**
 * Renders a screen with the real providers; only the HTTP edge (fetch) and the session are fakes.
 * antd's CSS-in-JS is generated but not injected (`mock="server"`): jsdom matches every element against
 * every injected rule on each `getComputedStyle`, which testing-library calls for every role query, so
 * a term page's tests took 83 s with the styles and take 9 s without. No test reads antd's styles.
 */
export function renderScreen(ui: ReactElement, options: RenderOptions) {
  const i18n = createI18n(options.language ?? 'vi');
  const session = staticSession({ status: 'authenticated', username: 'tester', displayName: 'Tester', roles: options.roles ?? [], unitCode: options.unitCode });
  setApiClient(
    createApiClient({
      baseUrl: 'http://api.test',
      getAccessToken: session.getAccessToken,
      getLanguage: () => i18n.language,
      onUnauthenticated: options.onUnauthenticated ?? (() => undefined),
      fetch: options.fetch,
    }),
  );
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const result = render(
    <StyleProvider mock="server">
      <AppProviders i18n={i18n} session={session} queryClient={queryClient}>
        <MemoryRouter initialEntries={[options.path ?? '/']}>
          <Routes>
            <Route path={options.route ?? '*'} element={ui} />
            <Route path="*" element={<div data-testid="elsewhere" />} />
          </Routes>
        </MemoryRouter>
      </AppProviders>
    </StyleProvider>,
  );
  return { ...result, i18n, queryClient };
}
