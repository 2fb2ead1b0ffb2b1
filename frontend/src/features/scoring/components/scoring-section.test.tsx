import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { ScoringSection } from '@/features/scoring/components/scoring-section';

const term = (permissions: string[]) =>
  ({ id: 9, year: 2023, status: 'ACTIVE', blocId: 3, blocName: 'Khối thi đua Kinh tế – Kỹ thuật', permissions }) as unknown as Parameters<typeof ScoringSection>[0]['term'];

const sheets = [
  { id: 51, unitId: 40, unitName: 'Sở Công Thương', status: 'SELF_SUBMITTED', late: true, submittedAt: '2023-12-02T03:00:00Z', reviewers: [], mine: true },
  { id: 52, unitId: 41, unitName: 'Sở Tài nguyên và Môi trường', status: 'DRAFT', late: false, reviewers: [], mine: false, myReviewId: 90 },
  { id: 53, unitId: 42, unitName: 'Sở Xây dựng', status: 'SELF_SUBMITTED', late: false, reviewers: [{ reviewId: 91, unitId: 40, unitName: 'Sở Công Thương', status: 'ASSIGNED' }], mine: false },
];

function round(over: Record<string, unknown> = {}) {
  return {
    id: 2,
    termId: 9,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    schemeId: 3,
    schemeTitle: 'Bảng tiêu chí 2023',
    schemeVersionNo: 1,
    status: 'SELF_SCORING',
    selfDeadline: '2023-11-30',
    aggregation: 'MEDIAN',
    deviationThreshold: 2,
    sheets,
    version: 1,
    permissions: [],
    ...over,
  };
}

describe('scoring section on the term page', () => {
  it('lets a manager open scoring with a dd/MM/yyyy deadline, the rule in Vietnamese and a threshold', async () => {
    const fake = createFakeApi({
      'GET /api/v1/terms/9/scoring': () => problem(404, { code: 'NOT_FOUND' }),
      'POST /api/v1/terms/9/scoring': () => json(round(), { status: 201, etag: '"r1"' }),
    });
    renderScreen(<ScoringSection term={term(['MANAGE_YEAR'])} />, { roles: ['officer'], fetch: fake.fetch });
    await userEvent.type(await screen.findByLabelText('Hạn nộp bảng tự chấm'), '30/11/2023');
    await userEvent.click(screen.getByLabelText('Quy tắc tổng hợp điểm'));
    await userEvent.click(await screen.findByText('Trung vị điểm chấm chéo'));
    await userEvent.clear(screen.getByLabelText('Ngưỡng chênh lệch (điểm)'));
    await userEvent.type(screen.getByLabelText('Ngưỡng chênh lệch (điểm)'), '3');
    await userEvent.click(screen.getByRole('button', { name: 'Mở chấm điểm' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST')!.body).toEqual({ selfDeadline: '2023-11-30', aggregation: 'MEDIAN', deviationThreshold: 3 });
  });

  it("shows the refusal's Vietnamese detail (no adopted scheme)", async () => {
    const fake = createFakeApi({
      'GET /api/v1/terms/9/scoring': () => problem(404, { code: 'NOT_FOUND' }),
      'POST /api/v1/terms/9/scoring': () => problem(422, { code: 'SCORING_NEEDS_ADOPTED_SCHEME', detail: 'Năm thi đua chưa có thang điểm đã thông qua.' }),
    });
    renderScreen(<ScoringSection term={term(['MANAGE_YEAR'])} />, { roles: ['officer'], fetch: fake.fetch });
    await userEvent.type(await screen.findByLabelText('Hạn nộp bảng tự chấm'), '30/11/2023');
    await userEvent.click(screen.getByRole('button', { name: 'Mở chấm điểm' }));
    expect(await screen.findByText('Năm thi đua chưa có thang điểm đã thông qua.')).toBeInTheDocument();
  });

  it('tells a member that scoring is not open, with no form', async () => {
    const fake = createFakeApi({ 'GET /api/v1/terms/9/scoring': () => problem(404, { code: 'NOT_FOUND' }) });
    renderScreen(<ScoringSection term={term([])} />, { roles: ['officer'], fetch: fake.fetch });
    expect(await screen.findByText('Chưa mở chấm điểm cho năm thi đua này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mở chấm điểm' })).not.toBeInTheDocument();
  });

  it("shows the round and its sheets to a member: late flag, links to its own and reviewed sheets, no actions", async () => {
    const fake = createFakeApi({ 'GET /api/v1/terms/9/scoring': () => json(round(), { etag: '"r1"' }) });
    renderScreen(<ScoringSection term={term([])} />, { roles: ['officer'], fetch: fake.fetch });
    const table = within(await screen.findByTestId('scoring-sheets'));
    expect(screen.getByText('Trung vị điểm chấm chéo')).toBeInTheDocument();
    expect(screen.getByText('30/11/2023')).toBeInTheDocument();
    expect(table.getByText('Nộp muộn')).toBeInTheDocument();
    expect(table.getByRole('link', { name: 'Bảng tự chấm của đơn vị' })).toHaveAttribute('href', '/sheets/51');
    expect(table.getByRole('link', { name: 'Chấm chéo' })).toHaveAttribute('href', '/sheets/52');
    expect(table.queryByRole('link', { name: /Xem bảng/ })).not.toBeInTheDocument();
    expect(table.queryByText('Tổng tự chấm')).not.toBeInTheDocument();
    expect(table.queryByRole('columnheader', { name: 'Chênh lệch vượt ngưỡng' })).not.toBeInTheDocument();
    for (const name of ['Phân công chấm chéo', 'Bắt đầu chấm chéo', 'Kết thúc chấm chéo', 'Tổng hợp điểm mọi bảng', 'Chốt điểm chính thức']) {
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  });

  it('offers the listed actions; reviewers chosen per sheet never include the unit itself; a refusal shows its detail', async () => {
    const fake = createFakeApi({
      'GET /api/v1/terms/9/scoring': () => json(round({ permissions: ['ASSIGN_REVIEWERS', 'START_REVIEW'] }), { etag: '"r1"' }),
      'PUT /api/v1/scoring-rounds/2/reviewers': () => json(round(), { etag: '"r2"' }),
      'POST /api/v1/scoring-rounds/2/status': () => problem(422, { code: 'SCORING_SHEETS_WITHOUT_REVIEWERS', detail: 'Còn bảng đã nộp chưa có đơn vị chấm chéo: Sở Công Thương.' }),
    });
    renderScreen(<ScoringSection term={term(['MANAGE_YEAR'])} />, { roles: ['officer'], fetch: fake.fetch });
    expect(within(await screen.findByTestId('scoring-sheets')).getAllByRole('link', { name: /Xem bảng của/ })).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Kết thúc chấm chéo' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Bắt đầu chấm chéo' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Bắt đầu chấm chéo' }));
    expect(await screen.findByText('Còn bảng đã nộp chưa có đơn vị chấm chéo: Sở Công Thương.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Phân công chấm chéo' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Phân công chấm chéo' }));
    await userEvent.click(dialog.getByLabelText('Chọn cho từng bảng'));
    const ofSct = dialog.getByRole('group', { name: 'Đơn vị chấm chéo bảng của Sở Công Thương' });
    expect(within(ofSct).queryByRole('checkbox', { name: 'Sở Công Thương' })).not.toBeInTheDocument();
    await userEvent.click(within(ofSct).getByRole('checkbox', { name: 'Sở Xây dựng' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'PUT')).toBe(true));
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"r1"');
    expect(put.body).toEqual({
      mode: 'CHOSEN',
      assignments: [
        { sheetId: 51, reviewerUnitIds: [42] },
        { sheetId: 53, reviewerUnitIds: [40] },
      ],
    });
  });

  it('highlights, for the leader, the sheets whose reviews deviate beyond the threshold with their number of criteria', async () => {
    const counted = sheets.map((s, i) => ({ ...s, status: 'IN_REVIEW', deviatingCriteria: [2, 0, 1][i] }));
    const fake = createFakeApi({ 'GET /api/v1/terms/9/scoring': () => json(round({ status: 'REVIEWING', sheets: counted }), { etag: '"r1"' }) });
    renderScreen(<ScoringSection term={term(['MANAGE_YEAR'])} />, { roles: ['officer'], fetch: fake.fetch });
    const table = within(await screen.findByTestId('scoring-sheets'));
    expect(table.getByRole('columnheader', { name: 'Chênh lệch vượt ngưỡng' })).toBeInTheDocument();
    const row = (unit: string) => table.getAllByRole('row').find((r) => within(r).queryAllByRole('cell')[0]?.textContent === unit)!;
    expect(within(row('Sở Công Thương')).getByText('2 tiêu chí')).toBeInTheDocument();
    expect(row('Sở Công Thương')).toHaveClass('deviates');
    expect(within(row('Sở Xây dựng')).getByText('1 tiêu chí')).toBeInTheDocument();
    expect(row('Sở Tài nguyên và Môi trường')).not.toHaveClass('deviates');
    expect(within(row('Sở Tài nguyên và Môi trường')).queryByText(/tiêu chí/)).not.toBeInTheDocument();
  });
});
