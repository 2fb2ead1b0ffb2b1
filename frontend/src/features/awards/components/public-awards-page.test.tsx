import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { PublicAwardsPage } from '@/features/awards/components/public-awards-page';
import { UnitAwardsSection } from '@/features/awards/components/unit-awards-section';
import type { UnitDetail } from '@/features/awards/types';

const BLOC = 'Khối thi đua Kinh tế – Kỹ thuật';

function award(year: number, unit: string, kind: 'FLAG' | 'CERTIFICATE', over: Record<string, unknown> = {}) {
  return {
    year,
    unit: { id: year * 10 + (kind === 'FLAG' ? 1 : 2), code: 'BKN.X', name: unit },
    award: kind,
    awardLabel: kind === 'FLAG' ? 'Cờ thi đua của UBND tỉnh' : 'Bằng khen của Chủ tịch UBND tỉnh',
    downgraded: false,
    blocName: BLOC,
    blocId: 7,
    provinceCode: '06',
    decision: { number: '138/QĐ-UBND', date: '2024-02-15', issuer: 'UBND tỉnh Bắc Kạn' },
    proposalId: 5,
    ...over,
  };
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the public awards list', () => {
  it('reads the bloc\u2019s decided awards from its address\u2019s filter, and filters by year as the API takes it', async () => {
    const fake = createFakeApi({
      'GET /api/v1/public/awards': (r) => {
        const year = new URLSearchParams(r.search).get('year');
        const items = year === '2022' ? [award(2022, 'Sở Công Thương', 'CERTIFICATE')] : [award(2023, 'Sở Xây dựng', 'FLAG'), award(2023, 'Sở Công Thương', 'CERTIFICATE', { downgraded: true })];
        return json({ items, page: 0, size: 50, total: items.length });
      },
    });
    renderScreen(<PublicAwardsPage filter={{ blocId: 7 }} />, { fetch: fake.fetch });
    const table = await screen.findByTestId('public-awards');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(0, 3).map((c) => c.textContent))).toEqual([
      ['2023', 'Sở Xây dựng', 'Cờ thi đua của UBND tỉnh'],
      ['2023', 'Sở Công Thương', 'Bằng khen của Chủ tịch UBND tỉnhĐề nghị Cờ, được Bằng khen'],
    ]);
    expect(screen.getByTestId('public-awards-bloc')).toHaveTextContent(`Của khối thi đua: ${BLOC}`);
    expect(within(rows[0]!).getByRole('link', { name: BLOC })).toHaveAttribute('href', '/public/blocs/7/leaders');
    expect(fake.requests[0]!.search).toBe('?blocId=7&page=0&size=50');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Năm thi đua'), '2022');
    await user.click(screen.getByRole('button', { name: 'Lọc' }));
    await waitFor(() => expect(within(screen.getByTestId('public-awards')).getAllByRole('row')).toHaveLength(2));
    expect(fake.requests[1]!.search).toBe('?blocId=7&year=2022&page=0&size=50');
    expect(window.location.pathname + window.location.search).toBe('/public/awards?blocId=7&year=2022');
  });

  it('says when no award is decided for the filters', async () => {
    const fake = createFakeApi({ 'GET /api/v1/public/awards': () => json({ items: [], page: 0, size: 50, total: 0 }) });
    renderScreen(<PublicAwardsPage filter={{ year: 2031 }} />, { fetch: fake.fetch });
    expect(await screen.findByText('Chưa có khen thưởng đã có quyết định theo bộ lọc này.')).toBeInTheDocument();
    expect(fake.requests[0]!.search).toBe('?year=2031&page=0&size=50');
  });

  it('is linked from a unit’s awards, for the unit’s province', async () => {
    const fake = createFakeApi({ 'GET /api/v1/units/40/awards': () => json({ items: [award(2023, 'Sở Xây dựng', 'FLAG')], page: 0, size: 100, total: 1 }) });
    renderScreen(<UnitAwardsSection unit={{ id: 40, provinceId: 3 } as UnitDetail} />, { roles: ['admin'], fetch: fake.fetch });
    expect(await screen.findByTestId('public-awards-link')).toHaveAttribute('href', '/public/awards?provinceId=3');
  });
});
