import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { UnitDetailPage } from '@/features/units/components/unit-detail-page';

const unit = {
  id: 5,
  code: 'BKN.SXD',
  name: 'Sở Xây dựng',
  kind: 'SO',
  activeFrom: '2020-01-01',
  names: [],
  successions: [],
  version: 3,
};

describe('deleting a unit', () => {
  it('sends If-Match with the ETag of the read and explains a 409 in plain words', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'GET /api/v1/units/5': () => json(unit, { etag: '"3"' }),
      'DELETE /api/v1/units/5': () => problem(409, { title: 'Conflict', detail: 'Unit has history' }),
    });
    renderScreen(<UnitDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/units/5', route: '/units/:id' });

    expect(await screen.findByRole('link', { name: /Lịch sử thay đổi/ })).toHaveAttribute('href', '/audit?entityType=Unit&entityId=5');
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Đơn vị Sở Xây dựng sẽ bị xóa hẳn/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));

    expect(await within(dialog).findByText(/Đơn vị này đã có lịch sử/)).toBeInTheDocument();
    expect(within(dialog).getByText('Không xóa được')).toBeInTheDocument();
    const del = fake.requests.find((r) => r.method === 'DELETE');
    expect(del?.headers.get('If-Match')).toBe('"3"');
    expect(screen.queryByTestId('elsewhere')).not.toBeInTheDocument();
  });

});
