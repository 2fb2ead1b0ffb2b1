import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { UnitsPage } from '@/features/units/components/units-page';

const page = {
  items: [
    {
      id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng', kind: 'SO', activeFrom: '2020-01-01',
      provinceId: 6, provinceCode: '06', provinceName: 'Bắc Kạn', version: 0,
    },
  ],
  page: 0,
  size: 20,
  total: 1,
};

describe('units list', () => {
  it('shows add and edit controls to an admin', async () => {
    const fake = createFakeApi({ 'GET /api/v1/units': () => json(page) });
    renderScreen(<UnitsPage />, { roles: ['admin'], fetch: fake.fetch, path: '/units' });
    expect(await screen.findByRole('link', { name: 'Sở Xây dựng' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Thêm đơn vị' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa: Sở Xây dựng' })).toBeInTheDocument();
  });

  it('hides them from an officer', async () => {
    const fake = createFakeApi({ 'GET /api/v1/units': () => json(page) });
    renderScreen(<UnitsPage />, { roles: ['officer'], fetch: fake.fetch, path: '/units' });
    expect(await screen.findByRole('link', { name: 'Sở Xây dựng' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Thêm đơn vị' })).not.toBeInTheDocument();
    expect(screen.queryByText('Sửa')).not.toBeInTheDocument();
  });

  it('sends the search text as q, diacritics or not', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ 'GET /api/v1/units': () => json(page) });
    renderScreen(<UnitsPage />, { roles: ['viewer'], fetch: fake.fetch, path: '/units' });
    await user.type(await screen.findByLabelText(/Tìm theo tên hoặc mã/), 'so xay dung{Enter}');
    await screen.findByRole('link', { name: 'Sở Xây dựng' });
    const last = fake.requests.at(-1);
    expect(new URLSearchParams(last?.search).get('q')).toBe('so xay dung');
  });

  it('shows an error with a retry when the API fails', async () => {
    const fake = createFakeApi({ 'GET /api/v1/units': () => json({ title: 'boom', status: 500 }, { status: 500 }) });
    renderScreen(<UnitsPage />, { roles: ['viewer'], fetch: fake.fetch, path: '/units' });
    expect(await screen.findByText('Máy chủ gặp lỗi. Hãy thử lại sau.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
