import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { RotationPanel } from '@/features/leadership/components/rotation-panel';
import type { Term } from '@/features/leadership/types';

const SXD = { id: 40, code: 'BKN.SXD', name: 'Sở Xây dựng' };
const SCT = { id: 41, code: 'BKN.SCT', name: 'Sở Công Thương' };
const STC = { id: 42, code: 'BKN.STC', name: 'Sở Tài chính' };
const SNV = { id: 43, code: 'BKN.SNV', name: 'Sở Nội vụ' };

const term = (permissions: string[] = []) =>
  ({ id: 9, blocId: 3, blocName: 'Khối thi đua Kinh tế – Kỹ thuật', year: 2023, status: 'ACTIVE', permissions }) as unknown as Term;

const order = (permissions: string[] = []) => ({ blocId: 3, units: [SXD, SCT, STC], version: 1, permissions });

const current = { data: { id: 5, outgoingTermId: 9, nextYear: 2024, leader: SXD, deputy: SCT, status: 'PROPOSED', version: 0, permissions: [] }, etag: '"r0"' };

const ORDER = 'GET /api/v1/blocs/3/rotation-order';
const PROPOSAL = '/api/v1/terms/9/leadership-result/rotation-proposal';

const proposal = (deputy?: typeof SXD) => ({
  outgoingTermId: 9,
  nextYear: 2024,
  leader: STC,
  ...(deputy ? { deputy } : {}),
  skipped: [{ unit: SCT, reason: 'đã làm Trưởng khối năm 2023' }],
  followed: [{ from: { id: 39, code: 'BKN.SGTVT', name: 'Sở Giao thông Vận tải' }, to: SXD }],
});

describe('the rotation panel', () => {
  it('lets the Board reorder, drop and add units of the rotation, saved whole with the order’s version', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      [ORDER]: () => json(order(['UPDATE']), { etag: '"o1"' }),
      [`GET ${PROPOSAL}`]: () => json(proposal()),
      'GET /api/v1/units': () => json({ items: [SNV], page: 0, size: 20, total: 1 }),
      'PUT /api/v1/blocs/3/rotation-order': () => json({ ...order(['UPDATE']), units: [STC, SCT, SNV], version: 2 }, { etag: '"o2"' }),
    });
    renderScreen(<RotationPanel term={term()} mayPropose={false} onReload={() => {}} />, { roles: ['admin'], fetch: fake.fetch });
    const panel = within(await screen.findByTestId('rotation-order'));
    const rotation = (await panel.findByText('Sở Xây dựng')).closest('ol')!;
    expect(within(rotation).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sở Xây dựng', 'Sở Công Thương', 'Sở Tài chính']);

    await user.click(panel.getByRole('button', { name: 'Sửa thứ tự luân phiên' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Thứ tự luân phiên Trưởng khối của khối' }));
    await user.click(dialog.getByRole('button', { name: 'Lên trên 3' })); // Sở Tài chính before Sở Công Thương
    await user.click(dialog.getByRole('button', { name: 'Bỏ đơn vị 1' })); // Sở Xây dựng leaves the rotation
    await user.click(dialog.getByRole('button', { name: 'Thêm đơn vị' }));
    await user.click(dialog.getByLabelText('Đơn vị thứ 3'));
    await user.click(await screen.findByTitle('Sở Nội vụ (BKN.SNV)'));
    await user.click(dialog.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fake.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"o1"');
    expect(put.body).toEqual({ unitIds: [STC.id, SCT.id, SNV.id] });
    expect(await screen.findByText('Đã ghi thứ tự luân phiên')).toBeInTheDocument();
  });

  it('shows this year’s leader the next unit in turn, the units skipped or followed, and records the proposal with its deputy', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      [ORDER]: () => json(order(), { etag: '"o1"' }),
      [`GET ${PROPOSAL}`]: (r) => json(proposal(new URLSearchParams(r.search).get('deputyUnitId') === '40' ? SXD : SCT)),
      'GET /api/v1/units': () => json({ items: [SXD, SCT], page: 0, size: 20, total: 2 }),
      [`POST ${PROPOSAL}`]: () => json({ ...current.data, leader: STC, deputy: SXD }, { status: 201, etag: '"r1"' }),
    });
    renderScreen(<RotationPanel term={term(['MANAGE_YEAR'])} current={current as never} mayPropose onReload={() => {}} />, {
      roles: ['officer'],
      unitCode: 'BKN.SXD',
      fetch: fake.fetch,
    });
    const preview = within(await screen.findByTestId('rotation-preview'));
    expect(await preview.findByText('Sở Tài chính')).toBeInTheDocument();
    expect(preview.getByText('Sở Công Thương')).toBeInTheDocument(); // the deputy proposed: this year's
    expect(preview.getByText('Bỏ qua: Sở Công Thương — đã làm Trưởng khối năm 2023')).toBeInTheDocument();
    expect(preview.getByText('Sở Giao thông Vận tải đã sáp nhập, thay bằng Sở Xây dựng')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sửa thứ tự luân phiên' })).not.toBeInTheDocument(); // the order is the Board's

    await user.click(preview.getByLabelText('Phó trưởng khối do Trưởng khối chọn'));
    await user.click(await screen.findByTitle('Sở Xây dựng (BKN.SXD)'));
    await waitFor(() => expect(fake.requests.some((r) => r.path === PROPOSAL && r.search === '?deputyUnitId=40')).toBe(true));
    expect(await preview.findByText('Sở Xây dựng')).toBeInTheDocument();
    await user.click(preview.getByRole('button', { name: 'Ghi đề xuất luân phiên' }));

    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"r0"');
    expect(post.body).toEqual({ deputyUnitId: SXD.id });
    expect(await screen.findByText('Đã ghi đề xuất luân phiên')).toBeInTheDocument();
  });

  it('offers a member neither the edit nor the proposal, and says when the bloc has no rotation yet', async () => {
    const fake = createFakeApi({ [ORDER]: () => json({ ...order(), units: [] }, { etag: '"o0"' }) });
    renderScreen(<RotationPanel term={term()} mayPropose={false} onReload={() => {}} />, { roles: ['officer'], fetch: fake.fetch });
    expect(await screen.findByText('Chưa ghi thứ tự luân phiên của khối.')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('rotation-preview')).not.toBeInTheDocument();
  });

  it('shows a refused proposal in the server’s words', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({
      [ORDER]: () => json(order(), { etag: '"o1"' }),
      [`GET ${PROPOSAL}`]: () => json(proposal(SCT)),
      [`POST ${PROPOSAL}`]: () => problem(409, { code: 'LEADERSHIP_RESULT_CONFIRMED', detail: 'Kết quả năm 2024 đã được xác nhận.' }),
    });
    renderScreen(<RotationPanel term={term(['MANAGE_YEAR'])} current={current as never} mayPropose onReload={() => {}} />, {
      roles: ['officer'],
      fetch: fake.fetch,
    });
    const preview = within(await screen.findByTestId('rotation-preview'));
    await preview.findByText('Sở Tài chính');
    await user.click(preview.getByRole('button', { name: 'Ghi đề xuất luân phiên' }));
    expect(await preview.findByText('Kết quả năm 2024 đã được xác nhận.')).toBeInTheDocument();
  });
});
