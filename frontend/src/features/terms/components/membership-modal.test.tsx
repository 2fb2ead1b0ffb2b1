import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { MembershipModal } from '@/features/terms/components/membership-modal';

const membership = (version: number) => ({
  id: 11,
  termId: 9,
  unit: { id: 1, code: 'BKN.SCT', name: 'Sở Công Thương' },
  role: 'MEMBER',
  joinedOn: '2023-01-01',
  version,
});

describe('membership changes', () => {
  it('reads the membership, then changes the role with its ETag as If-Match', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'GET /api/v1/memberships/11': () => json(membership(5), { etag: '"5"' }),
      'PUT /api/v1/memberships/11': () => json({ ...membership(6), role: 'DEPUTY' }),
    });
    let closed = false;
    renderScreen(<MembershipModal membershipId={11} mode="role" closed={false} onClose={() => (closed = true)} />, {
      roles: ['admin'],
      fetch: fake.fetch,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Đổi vai trò thành viên' });
    await within(dialog).findByText('Sở Công Thương');
    await user.click(within(dialog).getByLabelText('Vai trò'));
    await user.click(await screen.findByTitle('Phó trưởng khối'));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(closed).toBe(true));
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"5"');
    expect(put?.body).toEqual({ role: 'DEPUTY', joinedOn: '2023-01-01' });
  });

  it('ends a membership with a date and reason; a 412 explains the conflict', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'GET /api/v1/memberships/11': () => json(membership(5), { etag: '"5"' }),
      'PUT /api/v1/memberships/11': () => problem(412, { title: 'stale' }),
    });
    renderScreen(<MembershipModal membershipId={11} mode="end" closed={false} onClose={() => undefined} />, {
      roles: ['admin'],
      fetch: fake.fetch,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Kết thúc tư cách thành viên' });
    const leftOn = await within(dialog).findByLabelText('Ngày rời khối');
    await user.clear(leftOn);
    await user.type(leftOn, '30/06/2023');
    await user.type(within(dialog).getByLabelText('Lý do rời khối'), 'Sáp nhập');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Dữ liệu đã được người khác thay đổi')).toBeInTheDocument();
    expect(fake.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      role: 'MEMBER',
      joinedOn: '2023-01-01',
      leftOn: '2023-06-30',
      leftReason: 'Sáp nhập',
    });
  });
});
