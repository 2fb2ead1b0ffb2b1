import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { RestrictionsSection } from '@/features/awards/components/restrictions-section';
import { UnitAwardsSection } from '@/features/awards/components/unit-awards-section';
import type { UnitDetail } from '@/features/awards/types';

const UNIT = { id: 40, code: 'BKN.SXD', name: 'Sở Xây dựng' } as UnitDetail;
const SGTVT = { id: 39, code: 'BKN.SGTVT', name: 'Sở Giao thông Vận tải' };
const decision = { number: '1234/QĐ-UBND', date: '2024-02-20', issuer: 'UBND tỉnh Bắc Kạn' };

function restriction(over: Record<string, unknown> = {}) {
  return {
    id: 7,
    unit: UNIT,
    provinceCode: '06',
    kind: 'INSPECTION',
    kindLabel: 'Thanh tra',
    decision: { number: '15/QĐ-TTr', date: '2023-05-02', issuer: 'Thanh tra tỉnh' },
    fromDate: '2023-05-02',
    activeToday: true,
    version: 0,
    permissions: ['UPDATE', 'DELETE'],
    ...over,
  };
}

describe('the unit\u2019s awards across years', () => {
  it('lists them newest first, naming the unit as it was that year and a downgrade', async () => {
    const fake = createFakeApi({
      'GET /api/v1/units/40/awards': () =>
        json({
          items: [
            { year: 2022, unit: SGTVT, award: 'CERTIFICATE', awardLabel: 'Bằng khen của Chủ tịch UBND tỉnh', downgraded: false, blocName: 'Khối Kinh tế', blocId: 3, provinceCode: '06', decision, proposalId: 1, successorUnitId: 40 },
            { year: 2023, unit: UNIT, award: 'CERTIFICATE', awardLabel: 'Bằng khen của Chủ tịch UBND tỉnh', downgraded: true, blocName: 'Khối Kinh tế', blocId: 3, provinceCode: '06', decision, proposalId: 2 },
          ],
          page: 0,
          size: 100,
          total: 2,
        }),
    });
    renderScreen(<UnitAwardsSection unit={UNIT} />, { roles: ['viewer'], fetch: fake.fetch });
    const card = await screen.findByTestId('unit-awards');
    await within(card).findAllByText('Khối Kinh tế');
    const rows = within(card).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('2023');
    expect(rows[1]).toHaveTextContent('Đề nghị Cờ, được Bằng khen');
    expect(rows[2]).toHaveTextContent('Sở Giao thông Vận tải (thành tích của đơn vị tiền thân)');
    expect(within(rows[2]!).getByRole('link', { name: 'Sở Giao thông Vận tải' })).toHaveAttribute('href', '/units/39');
  });
});

describe('the unit\u2019s restrictions', () => {
  it('are not shown nor asked for to a viewer or another unit\u2019s officer', async () => {
    const fake = createFakeApi({});
    renderScreen(<RestrictionsSection unit={UNIT} />, { roles: ['viewer'], fetch: fake.fetch });
    renderScreen(<RestrictionsSection unit={UNIT} />, { roles: ['officer'], unitCode: 'BKN.SCT', fetch: fake.fetch });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('unit-restrictions')).not.toBeInTheDocument();
    expect(fake.requests).toHaveLength(0);
  });

  it('the unit\u2019s own officer reads them without any button', async () => {
    const fake = createFakeApi({ 'GET /api/v1/units/40/restrictions': () => json({ items: [restriction({ permissions: [] })], page: 0, size: 100, total: 1 }) });
    renderScreen(<RestrictionsSection unit={UNIT} />, { roles: ['officer'], unitCode: 'BKN.SXD', fetch: fake.fetch });
    const card = await screen.findByTestId('unit-restrictions');
    expect(await within(card).findByText('15/QĐ-TTr', { exact: false })).toBeInTheDocument();
    expect(within(card).getAllByText('Đang có hiệu lực').length).toBeGreaterThan(1);
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });

  it('the Board records one; a refusal shows the server\u2019s Vietnamese detail', async () => {
    const fake = createFakeApi({
      'GET /api/v1/units/40/restrictions': () => json({ items: [], page: 0, size: 100, total: 0 }),
      'POST /api/v1/units/40/restrictions': () => problem(422, { code: 'RESTRICTION_DATES', detail: 'Ngày kết thúc trước ngày bắt đầu.' }),
    });
    renderScreen(<RestrictionsSection unit={UNIT} />, { roles: ['admin'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Số văn bản'), '15/QĐ-TTr');
    await user.type(within(dialog).getAllByLabelText('Ngày ban hành')[0]!, '02/05/2023');
    await user.type(within(dialog).getByLabelText('Cơ quan ban hành'), 'Thanh tra tỉnh');
    await user.type(within(dialog).getByLabelText('Từ ngày'), '02/05/2023');
    await user.type(within(dialog).getByLabelText('Đến ngày'), '01/05/2023');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Ngày kết thúc trước ngày bắt đầu.')).toBeInTheDocument();
    const sent = fake.requests.find((r) => r.method === 'POST')!;
    expect(sent.body).toEqual({
      kind: 'DISCIPLINE',
      decision: { number: '15/QĐ-TTr', date: '2023-05-02', issuer: 'Thanh tra tỉnh' },
      fromDate: '2023-05-02',
      toDate: '2023-05-01',
    });
    await waitFor(() => expect(dialog).toBeInTheDocument());
  });
});
