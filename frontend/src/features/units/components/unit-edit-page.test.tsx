import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { UnitEditPage } from '@/features/units/components/unit-edit-page';

const unit = (version: number, name: string) => ({
  id: 5,
  code: 'BKN.SXD',
  name,
  kind: 'SO',
  activeFrom: '2020-01-01',
  names: [],
  successions: [],
  version,
});

describe('editing a unit with If-Match', () => {
  it('sends the ETag it read, and on 412 explains the conflict and reloads the latest version', async () => {
    const user = userEvent.setup();
    let serverVersion = 3;
    let putCount = 0;
    const fake = createFakeApi({
      'GET /api/v1/units/5': () => json(unit(serverVersion, serverVersion === 3 ? 'Sở Xây dựng' : 'Sở Xây dựng (mới)'), { etag: `"${serverVersion}"` }),
      'PUT /api/v1/units/5': (req) => {
        putCount += 1;
        if (req.headers.get('If-Match') !== `"${serverVersion}"`) {
          return problem(412, { title: 'Dữ liệu đã bị thay đổi bởi người khác', type: 'urn:thidua:problem:stale-version' });
        }
        return json(unit(serverVersion + 1, 'x'));
      },
    });
    renderScreen(<UnitEditPage />, { roles: ['admin'], fetch: fake.fetch, path: '/units/5/edit', route: '/units/:id/edit' });

    const name = await screen.findByLabelText('Tên đơn vị');
    expect(name).toHaveValue('Sở Xây dựng');
    // Someone else saves in the meantime.
    serverVersion = 4;
    await user.clear(name);
    await user.type(name, 'Sở Xây dựng Bắc Kạn');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Dữ liệu đã được người khác thay đổi')).toBeInTheDocument();
    expect(screen.getByText(/Dữ liệu đã được người khác thay đổi sau khi bạn mở biểu mẫu này/)).toBeInTheDocument();
    const put = fake.requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"3"');
    expect(put?.body).toMatchObject({ code: 'BKN.SXD', name: 'Sở Xây dựng Bắc Kạn', kind: 'SO', activeFrom: '2020-01-01' });

    await user.click(screen.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }));
    await waitFor(() => expect(screen.getByLabelText('Tên đơn vị')).toHaveValue('Sở Xây dựng (mới)'));
    expect(screen.queryByText('Dữ liệu đã được người khác thay đổi')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(putCount).toBe(2));
    expect(fake.requests.filter((r) => r.method === 'PUT')[1]?.headers.get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.getByTestId('elsewhere')).toBeInTheDocument());
  });
});
