import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { PublicLeadersPage } from '@/features/leadership/components/public-leaders-page';

describe('a bloc\u2019s public leaders page', () => {
  it('lists the confirmed leaders and deputies by year, newest first as the API gives them, in Vietnamese or English', async () => {
    const leaders = {
      blocId: 7,
      blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
      years: [
        { year: 2024, leader: { id: 40, code: 'BKN.SXD', name: 'Sở Xây dựng' }, deputy: { id: 41, code: 'BKN.SCT', name: 'Sở Công Thương' }, method: 'ELECTION' },
        { year: 2023, leader: { id: 41, code: 'BKN.SCT', name: 'Sở Công Thương' }, method: 'ROTATION' },
      ],
    };
    const fake = createFakeApi({ 'GET /api/v1/public/blocs/7/leaders': () => json(leaders) });
    const view = renderScreen(<PublicLeadersPage blocId={7} />, { fetch: fake.fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'TRƯỞNG KHỐI, PHÓ TRƯỞNG KHỐI: Khối thi đua Kinh tế – Kỹ thuật' })).toBeInTheDocument();
    const rows = () => within(screen.getByTestId('public-leaders')).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows()).toEqual([
      ['2024', 'Sở Xây dựng', 'Sở Công Thương', 'Bầu tại hội nghị'],
      ['2023', 'Sở Công Thương', '', 'Luân phiên'],
    ]);
    expect(screen.getByRole('link', { name: 'Khen thưởng của khối' })).toHaveAttribute('href', '/public/awards?blocId=7');
    await view.i18n.changeLanguage('en');
    expect(await screen.findByRole('heading', { level: 1, name: 'BLOC LEADERS AND DEPUTIES: Khối thi đua Kinh tế – Kỹ thuật' })).toBeInTheDocument();
    expect(rows()[1]![3]).toBe('Rotation');
  });

  it('says a bloc that is not there is not there', async () => {
    const fake = createFakeApi({ 'GET /api/v1/public/blocs/8/leaders': () => problem(404, { code: 'BLOC_NOT_FOUND', detail: 'Không tìm thấy khối.' }) });
    renderScreen(<PublicLeadersPage blocId={8} />, { fetch: fake.fetch });
    expect(await screen.findByText('Không có khối thi đua với địa chỉ này.')).toBeInTheDocument();
  });
});
