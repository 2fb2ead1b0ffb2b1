import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { createI18n, LANGUAGE_STORAGE_KEY } from '@/i18n/i18n';
import { createQueryClient } from '@/lib/api/query-client';
import { staticSession, type SessionSnapshot } from '@/lib/auth/session';
import { AppProviders } from '@/app/providers';
import { AppLayout } from '@/app/app-layout';

function renderLayout(snapshot: SessionSnapshot, path = '/') {
  const i18n = createI18n('vi');
  const router = createMemoryRouter(
    [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <p>home content</p> },
          { path: '/units/new', handle: { role: 'admin' }, element: <p>admin form</p> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProviders i18n={i18n} session={staticSession(snapshot)} queryClient={createQueryClient()}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return i18n;
}

const officer: SessionSnapshot = { status: 'authenticated', username: 'bk.sct', roles: ['officer'] };

describe('app layout', () => {
  it('has landmarks, a skip link and the navigation', () => {
    renderLayout(officer);
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toHaveAttribute('href', '#main');
    expect(screen.getAllByRole('navigation', { name: 'Điều hướng chính' }).length).toBeGreaterThan(0);
    expect(screen.getByText('home content')).toBeInTheDocument();
  });

  it('switches the language to English, sets lang and remembers it', async () => {
    const user = userEvent.setup();
    const i18n = renderLayout(officer);
    expect(document.documentElement.lang).toBe('vi');
    expect(screen.getAllByRole('link', { name: 'Đơn vị' }).length).toBeGreaterThan(0);
    await user.click(screen.getByTestId('language-switch'));
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getAllByRole('link', { name: 'Units' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    await user.click(screen.getByTestId('language-switch'));
    expect(document.documentElement.lang).toBe('vi');
  });

  it('refuses an admin-only route to an officer', () => {
    renderLayout(officer, '/units/new');
    expect(screen.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeInTheDocument();
    expect(screen.queryByText('admin form')).not.toBeInTheDocument();
  });

  it('lets an admin in', () => {
    renderLayout({ status: 'authenticated', username: 'admin', roles: ['admin'] }, '/units/new');
    expect(screen.getByText('admin form')).toBeInTheDocument();
  });

  it('offers sign-in to an anonymous visitor', () => {
    renderLayout({ status: 'anonymous', roles: [] });
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(screen.queryByText('home content')).not.toBeInTheDocument();
  });
});
