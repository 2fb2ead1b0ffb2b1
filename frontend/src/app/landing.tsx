import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthSession } from '@/lib/auth/session';

/**
 * The page an anonymous visitor sees first: it only offers sign-in, so it is drawn from the entry
 * chunk alone — no antd, no router, no data layer (issue 9: LCP ≤ 1.5 s with 4× CPU throttling).
 * Same text, roles and test ids as the in-app sign-in page (app/sign-in-page.tsx), which the app
 * still shows when a session ends while it runs.
 */
export function Landing({ session }: { session: AuthSession }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<'idle' | 'redirecting' | 'unavailable'>('idle');
  const next = i18n.language === 'en' ? 'vi' : 'en';
  const signIn = () => {
    setState('redirecting');
    session.signIn().catch(() => setState('unavailable'));
  };
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <a href="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </a>
        <div className="header-actions">
          <button
            type="button"
            className="landing-button landing-text header-button"
            data-testid="language-switch"
            aria-label={`${t('language.switchTo')}: ${t(`language.${next}`)}`}
            onClick={() => void i18n.changeLanguage(next)}
          >
            <span lang={next}>{t(`language.${next}`)}</span>
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <div className="narrow">
          <header className="page-header">
            <div className="page-header-row">
              <h1 className="page-title">{t('auth.welcomeTitle')}</h1>
            </div>
          </header>
          <div className="panel">
            <p>{t('auth.welcomeText')}</p>
            {state === 'unavailable' ? (
              <div className="landing-alert" role="alert">
                <strong>{t('auth.signInUnavailableTitle')}</strong>
                <div>{t('auth.signInUnavailable')}</div>
              </div>
            ) : null}
            <button
              type="button"
              className="landing-button landing-primary"
              disabled={state === 'redirecting'}
              aria-busy={state === 'redirecting'}
              onClick={signIn}
            >
              {t('auth.signIn')}
            </button>
          </div>
        </div>
      </main>
      <footer className="app-footer">
        {t('app.name')} — {t('app.tagline')}
      </footer>
    </div>
  );
}
