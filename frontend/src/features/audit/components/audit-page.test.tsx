import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { AuditPage } from '@/features/audit/components/audit-page';

const page = {
  items: [
    {
      id: 42,
      occurredAt: '2026-03-01T02:15:00Z',
      actor: 'bk.sxd',
      actorUnit: 'BKN.SXD',
      operation: 'UPDATE',
      entityType: 'Unit',
      entityId: 12,
      reason: 'Sửa sai tên',
      changes: { name: { before: 'Sở Xây dựng', after: 'Sở Xây dựng Bắc Kạn' }, activeTo: { before: null, after: '2026-02-28' } },
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};

describe('audit trail', () => {
  it('turns the deep link and filters into the API query (Vietnam-midnight instants) and shows the changes', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ 'GET /api/v1/audit-events': () => json(page) });
    renderScreen(<AuditPage />, {
      roles: ['admin'],
      fetch: fake.fetch,
      path: '/audit?entityType=Unit&entityId=12&from=2026-03-01&to=2026-03-31',
      route: '/audit',
    });

    expect(await screen.findByText('Sửa sai tên')).toBeInTheDocument();
    const first = new URLSearchParams(fake.requests[0]?.search);
    expect(Object.fromEntries(first)).toEqual({
      entityType: 'Unit',
      entityId: '12',
      from: '2026-02-28T17:00:00.000Z',
      to: '2026-03-31T17:00:00.000Z',
      page: '0',
      size: '20',
    });
    // Time in Asia/Ho_Chi_Minh, actor with unit, operation, entity, reason and "field: before → after".
    expect(screen.getAllByText('01/03/2026 09:15').length).toBeGreaterThan(0);
    expect(screen.getAllByText('bk.sxd').length).toBeGreaterThan(0);
    expect(screen.getByText('Cập nhật')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Đơn vị #12' })[0]).toHaveAttribute('href', '/units/12');
    expect(screen.getByText('Sửa sai tên')).toBeInTheDocument();
    const nameChange = screen.getByText('name').closest('li');
    expect(nameChange).toHaveTextContent('name: Sở Xây dựng → Sở Xây dựng Bắc Kạn');
    expect(screen.getByText('activeTo').closest('li')).toHaveTextContent('activeTo: (trống) → 28/02/2026');
    // The form starts from the link's filters.
    expect(screen.getByLabelText('Mã số đối tượng (ID)')).toHaveValue('12');
    expect(screen.getByLabelText('Từ ngày')).toHaveValue('01/03/2026');

    await user.type(screen.getByLabelText('Người thực hiện'), 'admin');
    await user.clear(screen.getByLabelText('Đến ngày'));
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(fake.requests.length).toBe(2));
    expect(Object.fromEntries(new URLSearchParams(fake.requests[1]?.search))).toEqual({
      entityType: 'Unit',
      entityId: '12',
      actor: 'admin',
      from: '2026-02-28T17:00:00.000Z',
      page: '0',
      size: '20',
    });
  });

  it('shows the empty state when nothing matches', async () => {
    const fake = createFakeApi({ 'GET /api/v1/audit-events': () => json({ items: [], page: 0, size: 20, total: 0 }) });
    renderScreen(<AuditPage />, { roles: ['admin'], fetch: fake.fetch, path: '/audit?actor=nobody', route: '/audit' });
    expect(await screen.findByText('Không có thay đổi nào phù hợp bộ lọc')).toBeInTheDocument();
  });
});
