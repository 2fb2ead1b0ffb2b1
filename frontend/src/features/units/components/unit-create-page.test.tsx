import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, problem } from '@/test/fake-api';
import { UnitCreatePage } from '@/features/units/components/unit-create-page';

describe('creating a unit', () => {
  it('shows problem+json errors[] beside their fields', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'POST /api/v1/units': () =>
        problem(400, {
          title: 'Dữ liệu không hợp lệ',
          errors: [
            { field: 'code', message: 'Mã định danh đã được dùng' },
            { field: 'activeFrom', message: 'Ngày không hợp lệ theo quy định' },
          ],
        }),
    });
    renderScreen(<UnitCreatePage />, { roles: ['admin'], fetch: fake.fetch });

    await user.type(screen.getByLabelText('Mã định danh'), 'BKN.SXD');
    await user.type(screen.getByLabelText('Tên đơn vị'), 'Sở Xây dựng');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    const codeItem = (await screen.findByText('Mã định danh đã được dùng')).closest('.ant-form-item');
    expect(codeItem).not.toBeNull();
    expect(within(codeItem as HTMLElement).getByLabelText('Mã định danh')).toBeInTheDocument();
    const dateItem = screen.getByText('Ngày không hợp lệ theo quy định').closest('.ant-form-item');
    expect(within(dateItem as HTMLElement).getByLabelText('Hoạt động từ ngày')).toBeInTheDocument();
    expect(fake.requests[0]?.body).toMatchObject({ code: 'BKN.SXD', name: 'Sở Xây dựng', kind: 'SO' });
  });

  it('validates the identifier format before sending', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({});
    renderScreen(<UnitCreatePage />, { roles: ['admin'], fetch: fake.fetch });
    await user.type(screen.getByLabelText('Mã định danh'), 'BKN SXD!');
    await user.type(screen.getByLabelText('Tên đơn vị'), 'Sở Xây dựng');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));
    expect(await screen.findByText(/Chỉ gồm chữ in hoa/)).toBeInTheDocument();
    expect(fake.requests).toHaveLength(0);
  });
});
