import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { currentYear } from '@/lib/format/date';
import { HomePage } from '@/features/home/components/home-page';

describe('home page', () => {
  it("shows this year's bloc, my role, the leader and the deputy from /me", async () => {
    const year = currentYear();
    const fake = createFakeApi({
      'GET /api/v1/me': () =>
        json({
          username: 'bk.sct',
          displayName: 'Cán bộ Sở Công Thương',
          roles: ['officer'],
          unit: { id: 4, code: 'BKN.SCT', name: 'Sở Công Thương' },
          memberships: [
            {
              membershipId: 1,
              termId: 9,
              year,
              blocId: 2,
              blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
              blocKind: 'KHOI',
              role: 'MEMBER',
              termStatus: 'ACTIVE',
              leader: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' },
              deputy: { id: 2, code: 'BKN.BQLDA.NN', name: 'Ban QLDA đầu tư xây dựng công trình NN&PTNT' },
              canManage: false,
            },
            { membershipId: 2, termId: 3, year: year - 3, blocId: 2, blocName: 'Khối cũ', blocKind: 'KHOI', role: 'LEADER', termStatus: 'CLOSED', canManage: false },
          ],
        }),
    });
    renderScreen(<HomePage />, { roles: ['officer'], fetch: fake.fetch });
    const card = await screen.findByTestId('home-term');
    expect(within(card).getByRole('link', { name: 'Khối thi đua Kinh tế – Kỹ thuật' })).toHaveAttribute('href', '/blocs/2');
    expect(within(card).getByText('Thành viên')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /Sở Xây dựng/ })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /Ban QLDA/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `${year - 3} — Khối cũ` })).toBeInTheDocument();
  });

  it('greets the user from the session before /me answers', async () => {
    let answer: (r: Response) => void = () => undefined;
    const fake = createFakeApi({ 'GET /api/v1/me': () => new Promise<Response>((resolve) => (answer = resolve)) });
    renderScreen(<HomePage />, { roles: ['officer'], fetch: fake.fetch });
    expect(screen.getByText('Xin chào, Tester')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(fake.requests.some((r) => r.path === '/api/v1/me')).toBe(true));
    answer(json({ username: 'x', displayName: 'X', roles: ['officer'], memberships: [] }));
    expect(await screen.findByText('Tài khoản của bạn không gắn với đơn vị nào.')).toBeInTheDocument();
  });

  it('says so when the unit has no bloc this year', async () => {
    const fake = createFakeApi({
      'GET /api/v1/me': () => json({ username: 'x', displayName: 'X', roles: ['officer'], unit: { id: 4, code: 'BKN.SCT', name: 'Sở Công Thương' }, memberships: [] }),
    });
    renderScreen(<HomePage />, { roles: ['officer'], fetch: fake.fetch });
    expect(await screen.findByText(new RegExp(`Năm ${currentYear()}, đơn vị chưa thuộc khối`))).toBeInTheDocument();
  });
});
