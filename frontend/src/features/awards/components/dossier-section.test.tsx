import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { DossierSection } from '@/features/awards/components/dossier-section';
import type { Term } from '@/features/awards/types';

const TERM = { id: 9, year: 2023 } as Term;
const SXD = { id: 40, code: 'BKN.SXD', name: 'Sở Xây dựng' };

function dossier(over: Record<string, unknown> = {}) {
  return {
    id: 3,
    termId: 9,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    provinceCode: '06',
    status: 'APPRAISING',
    flagQuota: 1,
    certificateQuota: 3,
    items: [{ id: 11, unit: SXD, award: 'FLAG', awardLabel: 'Cờ thi đua của UBND tỉnh', voteId: 12, rankPosition: 1, rankOf: 11, hasAchievementReport: true }],
    history: [],
    version: 4,
    permissions: ['APPRAISE', 'RETURN'],
    ...over,
  };
}

function routes(d: ReturnType<typeof dossier>) {
  return {
    'GET /api/v1/terms/9/award-proposals': () => json({ items: [d], page: 0, size: 20, total: 1, permissions: [] }),
    'GET /api/v1/award-proposals/3': () => json(d, { etag: '"4"' }),
  };
}

describe('the award dossier', () => {
  it('the Board downgrades a flag to a certificate only with a reason, sent with If-Match', async () => {
    const fake = createFakeApi({ ...routes(dossier()), 'PUT /api/v1/award-proposals/3/items/11/appraisal': () => json(dossier(), { etag: '"5"' }) });
    renderScreen(<DossierSection term={TERM} />, { roles: ['admin'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Thẩm định: Sở Xây dựng' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('radio', { name: 'Hạ mức: Cờ → Bằng khen' }));
    const save = within(dialog).getByRole('button', { name: 'Lưu' });
    expect(save).toBeDisabled();
    await user.type(within(dialog).getByLabelText('Lý do'), 'Đơn vị xếp thứ nhì cụm');
    await user.click(save);
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'PUT')).toBe(true));
    const sent = fake.requests.find((r) => r.method === 'PUT')!;
    expect(sent.body).toEqual({ outcome: 'DOWNGRADED', reason: 'Đơn vị xếp thứ nhì cụm' });
    expect(sent.headers.get('If-Match')).toBe('"4"');
  });

  it('shows a refused submission in the server\u2019s words; offers nothing it does not list', async () => {
    const draft = dossier({ status: 'DRAFT', permissions: ['SUBMIT', 'UPLOAD_REPORT'] });
    const fake = createFakeApi({
      ...routes(draft),
      'POST /api/v1/award-proposals/3/status': () => problem(422, { code: 'AWARD_REPORT_MISSING', detail: 'Sở Xây dựng chưa có báo cáo thành tích.' }),
    });
    renderScreen(<DossierSection term={TERM} />, { roles: ['officer'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Trình Ban Thi đua - Khen thưởng' }));
    for (const name of ['Tiếp nhận thẩm định', 'Trả lại để hoàn thiện', 'Ghi quyết định khen thưởng', 'Thẩm định: Sở Xây dựng', 'Bỏ Sở Xây dựng khỏi hồ sơ']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Trình Ban Thi đua - Khen thưởng' }));
    expect(await screen.findByText('Sở Xây dựng chưa có báo cáo thành tích.')).toBeInTheDocument();
    expect(fake.requests.find((r) => r.method === 'POST')?.body).toEqual({ status: 'SUBMITTED' });
    expect(screen.getByRole('button', { name: 'Tải tờ trình (PDF)' })).toBeInTheDocument();
  });
});
