import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { TermDetailPage } from '@/features/terms/components/term-detail-page';
import { DEFAULT_RULES } from '@/features/terms/types';

const term = {
  id: 9,
  blocId: 2,
  blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
  blocKind: 'KHOI',
  year: 2023,
  status: 'ACTIVE',
  decision: { number: '409/TĐKT-KTKT', date: '2023-03-14', issuer: 'Ban Thi đua - Khen thưởng tỉnh Bắc Kạn' },
  rules: DEFAULT_RULES,
  leader: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' },
  memberCount: 1,
  version: 2,
  permissions: [],
};
const memberships = {
  items: [{ id: 11, termId: 9, unit: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' }, role: 'LEADER', joinedOn: '2023-01-01', version: 0 }],
  page: 0,
  size: 100,
  total: 1,
};

function api() {
  return createFakeApi({
    'GET /api/v1/terms/9': () => json(term, { etag: '"2"' }),
    'GET /api/v1/terms/9/memberships': () => json(memberships),
    'GET /api/v1/terms/9/decision-files': () => json([]),
  });
}

describe('term detail', () => {
  it('shows the members, leader, decision and rules; admin controls for an admin', async () => {
    renderScreen(<TermDetailPage />, { roles: ['admin'], fetch: api().fetch, path: '/terms/9', route: '/terms/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Khối thi đua Kinh tế – Kỹ thuật — năm 2023' })).toBeInTheDocument();
    expect(screen.getByText(/Số 409\/TĐKT-KTKT ngày 14\/03\/2023/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Đổi vai trò: Sở Xây dựng' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chuyển trạng thái' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Thêm thành viên' })).toBeInTheDocument();
    expect(screen.getByText('> 50% Số phiếu hợp lệ')).toBeInTheDocument();
  });

  it('shows no edit controls to an officer', async () => {
    renderScreen(<TermDetailPage />, { roles: ['officer'], fetch: api().fetch, path: '/terms/9', route: '/terms/:id' });
    expect(await screen.findByTestId('members-table')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Đổi vai trò/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chuyển trạng thái' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Thêm thành viên' })).not.toBeInTheDocument();
  });

  it('explains why a started term cannot be deleted (409), having sent If-Match', async () => {
    const user = userEvent.setup();
    const fake = api();
    fake.routes['DELETE /api/v1/terms/9'] = () => problem(409, { title: 'Conflict' });
    renderScreen(<TermDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/terms/9', route: '/terms/:id' });
    expect(await screen.findByRole('link', { name: /Lịch sử thay đổi/ })).toHaveAttribute('href', '/audit?entityType=Term&entityId=9');
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await within(dialog).findByText(/Chỉ xóa được năm thi đua đang ở trạng thái/)).toBeInTheDocument();
    expect(fake.requests.find((r) => r.method === 'DELETE')?.headers.get('If-Match')).toBe('"2"');
  });
});

describe('removing a member', () => {
  it('sends the ETag of the list row the admin saw, not one read just before the delete', async () => {
    const user = userEvent.setup();
    const seen = { ...memberships, items: memberships.items.map((m) => ({ ...m, etag: '"seen"' })) };
    const fake = createFakeApi({
      'GET /api/v1/terms/9': () => json(term, { etag: '"2"' }),
      'GET /api/v1/terms/9/memberships': () => json(seen),
      // someone changed the membership since the list was read: a fresh read would carry this tag
      'GET /api/v1/memberships/11': () => json({ ...memberships.items[0], role: 'DEPUTY' }, { etag: '"fresh"' }),
      'DELETE /api/v1/memberships/11': (req) =>
        req.headers.get('If-Match') === '"fresh"' ? new Response(null, { status: 204 }) : problem(412, { title: 'Stale' }),
    });
    renderScreen(<TermDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/terms/9', route: '/terms/:id' });
    await user.click(await screen.findByRole('button', { name: 'Xóa (nhập nhầm): Sở Xây dựng' }, { timeout: 15000 }));
    // the confirmation's button (rendered last, after the page's own "Xóa" for the term)
    const confirm = (await screen.findAllByRole('button', { name: 'Xóa' })).at(-1);
    if (!confirm) throw new Error('no confirmation button');
    await user.click(confirm);
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'DELETE')).toBe(true), { timeout: 15000 });
    const deletes = fake.requests.filter((r) => r.method === 'DELETE');
    expect(deletes.map((r) => r.headers.get('If-Match'))).toEqual(['"seen"']);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/api/v1/memberships/11')).toBe(false);
  });
});
