import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { UnitDetailPage } from '@/features/units/components/unit-detail-page';

const unit = {
  id: 5,
  code: 'BKN.SNN',
  name: 'Sở Nông nghiệp và Phát triển nông thôn',
  kind: 'SO',
  activeFrom: '2020-01-01',
  names: [{ name: 'Sở Nông nghiệp và Phát triển nông thôn', validFrom: '2020-01-01' }],
  successions: [],
  version: 1,
};

describe('recording a succession', () => {
  it('sends the RENAME body with the current unit as predecessor and shows a 422 field error beside the field', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      'GET /api/v1/units/5': () => json(unit, { etag: '"1"' }),
      'GET /api/v1/units': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'POST /api/v1/unit-successions': () =>
        problem(422, {
          title: 'Vi phạm quy định nghiệp vụ',
          errors: [{ field: 'newName', message: 'Tên mới trùng tên hiện tại' }],
        }),
    });
    renderScreen(<UnitDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/units/5', route: '/units/:id' });

    await user.click(await screen.findByRole('button', { name: 'Ghi nhận sắp xếp' }));
    const dialog = await screen.findByRole('dialog');
    // RENAME by default: the current unit is the predecessor; no successor picker.
    expect(within(dialog).getByText('Sở Nông nghiệp và Phát triển nông thôn (BKN.SNN)')).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('Đơn vị sau sắp xếp (kế thừa)')).not.toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Tên mới'), 'Sở Nông nghiệp và Môi trường');
    await user.type(within(dialog).getByLabelText('Ngày hiệu lực'), '01/03/2025');
    await user.type(within(dialog).getByLabelText('Số văn bản'), '12/QĐ-UBND');
    await user.type(within(dialog).getByLabelText('Ngày ban hành'), '20/02/2025');
    await user.type(within(dialog).getByLabelText('Cơ quan ban hành'), 'UBND tỉnh Bắc Kạn');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await within(dialog).findByText('Tên mới trùng tên hiện tại')).toBeInTheDocument();
    const post = fake.requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      kind: 'RENAME',
      effectiveDate: '2025-03-01',
      decision: { number: '12/QĐ-UBND', date: '2025-02-20', issuer: 'UBND tỉnh Bắc Kạn' },
      predecessorIds: [5],
      newName: 'Sở Nông nghiệp và Môi trường',
    });
    // The error sits with the "Tên mới" field.
    const field = within(dialog).getByLabelText('Tên mới').closest('.ant-form-item');
    expect(field).toHaveTextContent('Tên mới trùng tên hiện tại');
  });

  it('founds a new successor, and when the server lists the terms a merged unit leads, resends with transferRoles', async () => {
    const user = userEvent.setup();
    let posts = 0;
    const fake = createFakeApi({
      'GET /api/v1/units/5': () => json(unit, { etag: '"1"' }),
      'GET /api/v1/units/5/lineage': () =>
        json({ unit: { id: 5, code: 'BKN.SNN', name: unit.name }, predecessors: [], links: [], terms: [] }, { etag: '"2"' }),
      'GET /api/v1/units': () => json({ items: [], page: 0, size: 20, total: 0 }),
      'POST /api/v1/unit-successions': () =>
        ++posts === 1
          ? problem(409, {
              code: 'SUCCESSION_UNIT_LEADS_TERMS',
              detail: 'Đơn vị … đang giữ vai trò trong khối',
              related: [
                {
                  type: 'term',
                  id: 7,
                  label: 'Khối Kinh tế năm 2025 (Trưởng khối: Sở Nông nghiệp và Phát triển nông thôn (BKN.SNN))',
                  attributes: { blocName: 'Khối Kinh tế', year: 2025, role: 'LEADER' },
                },
              ],
            })
          : json({ id: 9 }, { status: 201, etag: '"3"' }),
    });
    renderScreen(<UnitDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/units/5', route: '/units/:id' });

    await user.click(await screen.findByRole('button', { name: 'Ghi nhận sắp xếp' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Hình thức'));
    await user.click(await screen.findByTitle('Hợp nhất, sáp nhập'));
    await user.click(within(dialog).getByText('Thành lập đơn vị mới'));
    await user.type(within(dialog).getByLabelText('Mã định danh đơn vị mới'), 'BKN.SNNMT');
    await user.type(within(dialog).getByLabelText('Tên đơn vị mới'), 'Sở Nông nghiệp và Môi trường');
    await user.type(within(dialog).getByLabelText('Ngày hiệu lực'), '01/07/2025');
    await user.type(within(dialog).getByLabelText('Số văn bản'), '1290/QĐ-UBND');
    await user.type(within(dialog).getByLabelText('Ngày ban hành'), '30/06/2025');
    await user.type(within(dialog).getByLabelText('Cơ quan ban hành'), 'UBND tỉnh Bắc Kạn');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    const alert = await within(dialog).findByTestId('leads-terms');
    expect(alert).toHaveTextContent('Khối Kinh tế năm 2025 (Trưởng khối');
    await user.click(within(alert).getByRole('button', { name: 'Chuyển vai trò và lưu' }));
    await screen.findByText('Đã ghi nhận');
    const sent = fake.requests.filter((r) => r.method === 'POST').map((r) => r.body);
    expect(sent[0]).toEqual({
      kind: 'MERGE',
      effectiveDate: '2025-07-01',
      decision: { number: '1290/QĐ-UBND', date: '2025-06-30', issuer: 'UBND tỉnh Bắc Kạn' },
      predecessorIds: [5],
      newSuccessor: { code: 'BKN.SNNMT', name: 'Sở Nông nghiệp và Môi trường', kind: 'SO' },
    });
    expect(sent[1]).toEqual({ ...(sent[0] as object), transferRoles: true });
  });

  it('is not offered to an officer', async () => {
    const fake = createFakeApi({ 'GET /api/v1/units/5': () => json(unit, { etag: '"1"' }) });
    renderScreen(<UnitDetailPage />, { roles: ['officer'], fetch: fake.fetch, path: '/units/5', route: '/units/:id' });
    expect(await screen.findByRole('heading', { level: 1, name: unit.name })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi nhận sắp xếp' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Lịch sử thay đổi/ })).not.toBeInTheDocument();
  });
});
