import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { BlocDetailPage } from '@/features/blocs/components/bloc-detail-page';

const bloc = { id: 2, name: 'Khối Kinh tế', kind: 'KHOI', status: 'ACTIVE', version: 4 };

describe('deleting a bloc', () => {
  it('explains a 412 and, on 204, goes back to the list', async () => {
    const user = userEvent.setup();
    let version = 4;
    const fake = createFakeApi({
      'GET /api/v1/blocs/2': () => json({ ...bloc, version }, { etag: `"${version}"` }),
      'GET /api/v1/terms': () => json({ items: [], page: 0, size: 100, total: 0 }),
      'DELETE /api/v1/blocs/2': (req) =>
        req.headers.get('If-Match') === `"${version}"` ? new Response(null, { status: 204 }) : problem(412, { title: 'Stale' }),
    });
    renderScreen(<BlocDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/blocs/2', route: '/blocs/:id' });

    await user.click(await screen.findByRole('button', { name: 'Xóa' }));
    version = 5; // someone else edits the bloc meanwhile
    let dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await within(dialog).findByText('Dữ liệu đã được người khác thay đổi')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    await waitFor(() => expect(fake.requests.filter((r) => r.method === 'GET' && r.path === '/api/v1/blocs/2').length).toBe(2));

    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(screen.getByTestId('elsewhere')).toBeInTheDocument());
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.headers.get('If-Match'))).toEqual(['"4"', '"5"']);
  });
});
