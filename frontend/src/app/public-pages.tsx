import { StrictMode, type ReactElement } from 'react';
import type { Root } from 'react-dom/client';
import { Button, ConfigProvider } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import viVN from 'antd/es/locale/vi_VN';
import enUS from 'antd/es/locale/en_US';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { theme } from '@/app/theme';
import { LanguageSwitch } from '@/app/language-switch';
import type { PublicPage } from '@/lib/routing/paths';

type PageOf<K extends PublicPage['kind']> = Extract<PublicPage, { kind: K }>;

/** The public pages (no sign-in, no router, no data layer): each path's page, loaded only when its path is asked for. */
const PAGES: { [K in PublicPage['kind']]: (page: PageOf<K>) => Promise<ReactElement> } = {
  ranking: async ({ id }) => {
    const { PublicRankingPage } = await import('@/features/rankings/components/public-ranking-page');
    return <PublicRankingPage id={id} />;
  },
  vote: async ({ id }) => {
    const { PublicVotePage } = await import('@/features/votes/components/public-vote-page');
    return <PublicVotePage id={id} />;
  },
  awards: async ({ filter }) => {
    const { PublicAwardsPage } = await import('@/features/awards/components/public-awards-page');
    return <PublicAwardsPage filter={filter} />;
  },
  leaders: async ({ blocId }) => {
    const { PublicLeadersPage } = await import('@/features/leadership/components/public-leaders-page');
    return <PublicLeadersPage blocId={blocId} />;
  },
};

function loadPage(page: PublicPage): Promise<ReactElement> {
  const load = PAGES[page.kind] as (page: PublicPage) => Promise<ReactElement>;
  return load(page);
}

/** What every public page has around it: the site's name, the language switch, printing (hidden in print). */
export function PublicShell({ children }: { children: ReactElement }) {
  const { t, i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <div className="public-shell">
        <header className="public-header no-print">
          <span className="public-site">{t('publicPages.site')}</span>
          <span className="public-actions">
            <Button type="text" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
              {t('publicPages.print')}
            </Button>
            <LanguageSwitch />
          </span>
        </header>
        {children}
      </div>
    </ConfigProvider>
  );
}

/** Renders the public page of the location, in the application's theme (its contrast is the one the accessibility checks pass). */
export async function renderPublicPage(root: Root, i18n: I18n, page: PublicPage) {
  const element = await loadPage(page);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PublicShell>{element}</PublicShell>
      </I18nextProvider>
    </StrictMode>,
  );
}
