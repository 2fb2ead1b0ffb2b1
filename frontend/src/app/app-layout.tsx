import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatches } from 'react-router-dom';
import { Button } from 'antd';
import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { paths } from '@/lib/routing/paths';
import { isRouteHandle } from '@/lib/routing/route-handle';
import { LanguageSwitch } from '@/app/language-switch';
import { ProvinceIndicator } from '@/app/province-indicator';
import { SignInPage } from '@/app/sign-in-page';
import { ForbiddenPage } from '@/app/status-pages';

function NavItems() {
  const { t } = useTranslation();
  const { isAdmin, isNational } = useAuth();
  const items = [
    { to: paths.home(), label: t('nav.home'), end: true },
    { to: paths.units(), label: t('nav.units'), end: false },
    { to: paths.blocs(), label: t('nav.blocs'), end: false },
    { to: paths.provinces(), label: t('nav.provinces'), end: false },
    ...(isAdmin || isNational ? [{ to: paths.audit(), label: t('nav.audit'), end: false }] : []),
  ];
  return (
    <ul className="nav-list">
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end} className="nav-link">
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function Account({ className }: { className?: string }) {
  const { t } = useTranslation();
  const { displayName, username, session } = useAuth();
  return (
    <div className={className}>
      <span className="account-name" data-testid="account-name" title={username}>
        <UserOutlined aria-hidden /> {displayName ?? username}
      </span>
      <Button type="text" className="header-button" icon={<LogoutOutlined aria-hidden />} onClick={() => void session.signOut()}>
        {t('auth.signOut')}
      </Button>
    </div>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const auth = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const matches = useMatches();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    // After client-side navigation, move focus to the main region so screen readers start there.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    // Close the small-screen menu after navigating.
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }
  const requiredRole = matches
    .map((m) => m.handle)
    .filter(isRouteHandle)
    .map((h) => h.role)
    .find(Boolean);

  let content;
  if (auth.status === 'loading') {
    content = (
      <div className="center" role="status">
        <span className="spinner" aria-hidden />
        <span>{t('auth.signingIn')}</span>
      </div>
    );
  } else if (auth.status === 'anonymous') {
    content = <SignInPage />;
  } else if (requiredRole && ![requiredRole].flat().some((role) => (role === 'admin' ? auth.isAdmin : auth.hasRole(role)))) {
    content = <ForbiddenPage />;
  } else {
    content = <Outlet />;
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <Link to={paths.home()} className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </Link>
        {auth.status === 'authenticated' ? (
          <nav aria-label={t('nav.main')} className="header-nav wide-only">
            <NavItems />
          </nav>
        ) : null}
        <div className="header-actions">
          {auth.status === 'authenticated' ? <ProvinceIndicator /> : null}
          <LanguageSwitch className="header-button" />
          {auth.status === 'authenticated' ? (
            <>
              <Account className="account wide-only" />
              <Button
                type="text"
                className="header-button narrow-only"
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('nav.menu')}
                aria-expanded={menuOpen}
                aria-controls="small-menu"
                onClick={() => setMenuOpen((open) => !open)}
                data-testid="nav-menu-button"
              />
            </>
          ) : null}
        </div>
      </header>
      {auth.status === 'authenticated' && menuOpen ? (
        <div id="small-menu" className="small-menu narrow-only">
          <nav aria-label={t('nav.main')}>
            <NavItems />
          </nav>
          <Account className="account" />
        </div>
      ) : null}
      <main id="main" tabIndex={-1} className="app-main" ref={mainRef}>
        {content}
      </main>
      <footer className="app-footer">
        {t('app.name')} — {t('app.tagline')}
      </footer>
    </div>
  );
}
