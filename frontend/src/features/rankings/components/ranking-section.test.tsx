import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { RankingSection } from '@/features/rankings/components/ranking-section';

const PATH = '/api/v1/scoring-rounds/2/ranking';

function row(position: number, id: number, name: string, g1: number, g2: number, over: Record<string, unknown> = {}) {
  return {
    position,
    unit: { id, name },
    total: g1 + g2,
    counted: g1 + g2,
    bonus: 0,
    penalty: 0,
    groups: [
      { code: 'I', points: g1 },
      { code: 'II', points: g2 },
    ],
    disqualified: false,
    voteReached: false,
    needsVote: false,
    ...over,
  };
}

const rows = [
  row(1, 40, 'Sở Xây dựng', 50, 48.5, { lastYearPosition: 3, lastYearTotal: 95 }),
  row(2, 41, 'Sở Công Thương', 44.5, 47, { decidedBy: 'FIRST_GROUP', lastYearPosition: 1, lastYearTotal: 97.25 }),
  row(3, 42, 'Sở Nông nghiệp và Phát triển nông thôn', 44, 47.5, { decidedBy: 'FIRST_GROUP' }),
  row(4, 43, 'Quỹ Phát triển đất và rừng', 40, 38, { disqualified: true, penalty: 1, total: 77 }),
];

function ranking(over: Record<string, unknown> = {}) {
  return {
    id: 4,
    roundId: 2,
    termId: 9,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    schemeId: 3,
    totalPoints: 100,
    scoreFloor: 0,
    tieBreaks: ['FIRST_GROUP', 'FEWER_PENALTY', 'MEMBER_VOTE', 'LOT'],
    status: 'DRAFT',
    computedAt: '2023-12-10T02:00:00Z',
    groups: [
      { code: 'I', title: 'Thực hiện nhiệm vụ chính trị', maxPoints: 50 },
      { code: 'II', title: 'Công tác xây dựng tổ chức', maxPoints: 50 },
    ],
    rows,
    needsVote: false,
    version: 1,
    permissions: [],
    ...over,
  };
}

const show = (props: Partial<Parameters<typeof RankingSection>[0]>, routes: Parameters<typeof createFakeApi>[0]) => {
  const fake = createFakeApi(routes);
  renderScreen(<RankingSection roundId={2} reviewClosed manager {...props} />, { roles: ['officer'], fetch: fake.fetch });
  return fake;
};

describe('the ranking table', () => {
  it('names the first three places, shows the groups, totals, the tie notes, the disqualified tag and last year', async () => {
    show({ manager: false }, { [`GET ${PATH}`]: () => json(ranking(), { etag: '"k1"' }) });
    const table = within(await screen.findByTestId('ranking-table'));
    const body = table.getAllByRole('row').slice(1);
    expect(body.map((r) => within(r).getAllByRole('cell')[0]!.textContent)).toEqual(['Nhất', 'Nhì', 'Ba', '4']);
    expect(table.getByRole('columnheader', { name: 'Nhóm I' })).toBeInTheDocument();
    expect(table.getByRole('columnheader', { name: 'Tổng điểm' })).toBeInTheDocument();
    expect(within(body[0]!).getByText('98,5')).toBeInTheDocument();
    expect(within(body[1]!).getByText('Phân định: điểm nhóm đầu')).toBeInTheDocument();
    expect(within(body[0]!).queryByText(/Phân định/)).not.toBeInTheDocument();
    expect(within(body[3]!).getByText('Bị loại trừ')).toBeInTheDocument();
    expect(within(body[0]!).queryByText('Bị loại trừ')).not.toBeInTheDocument();
    expect(within(body[0]!).getByLabelText('Tăng 2 bậc')).toHaveTextContent('▲');
    expect(within(body[0]!).getByText('Hạng 3 · 95 điểm')).toBeInTheDocument();
    expect(within(body[1]!).getByLabelText('Giảm 1 bậc')).toHaveTextContent('▼');
    expect(screen.getByText('Dự thảo')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Sở Xây dựng: Nhóm I 50, Nhóm II 48,5, Điểm thưởng 0; tổng 98,5$/ })).toBeInTheDocument();
  });

  it('puts a tie waiting for the vote in words and the others by lot or fewer penalties', async () => {
    const tied = [
      row(1, 40, 'Sở Xây dựng', 50, 40, { decidedBy: 'FEWER_PENALTY' }),
      row(2, 41, 'Sở Công Thương', 50, 40, { decidedBy: 'LOT' }),
      row(3, 42, 'Sở Tư pháp', 45, 40, { needsVote: true, voteReached: true }),
      row(3, 44, 'Sở Y tế', 45, 40, { needsVote: true, voteReached: true }),
    ];
    show({ manager: false }, { [`GET ${PATH}`]: () => json(ranking({ rows: tied, needsVote: true }), { etag: '"k1"' }) });
    const table = within(await screen.findByTestId('ranking-table'));
    expect(table.getByText('Phân định: ít điểm trừ hơn')).toBeInTheDocument();
    expect(table.getByText('Phân định: bốc thăm')).toBeInTheDocument();
    expect(table.getAllByText('Chờ biểu quyết')).toHaveLength(2);
    expect(screen.queryByTestId('tie-votes')).not.toBeInTheDocument();
  });
});

describe('the ranking actions by permissions', () => {
  it('offers a manager «Tính xếp hạng» once the review is closed, sending no If-Match', async () => {
    const fake = show({}, { [`GET ${PATH}`]: () => problem(404, { code: 'NOT_FOUND' }), [`POST ${PATH}`]: () => json(ranking({ permissions: ['COMPUTE', 'CONFIRM'] }), { etag: '"k1"' }) });
    expect(await screen.findByText('Chưa tính kết quả xếp hạng.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tính xếp hạng' }));
    expect(await screen.findByTestId('ranking-table')).toBeInTheDocument();
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBeNull();
    expect(screen.getByRole('button', { name: 'Tính lại xếp hạng' })).toBeInTheDocument();
  });

  it("shows the refusal's Vietnamese detail", async () => {
    show(
      {},
      {
        [`GET ${PATH}`]: () => problem(404, { code: 'NOT_FOUND' }),
        [`POST ${PATH}`]: () => problem(422, { code: 'RANKING_SHEETS_NOT_FINAL', detail: 'Còn bảng chấm chưa có điểm chính thức: Sở Y tế.' }),
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Tính xếp hạng' }));
    expect(await screen.findByText('Còn bảng chấm chưa có điểm chính thức: Sở Y tế.')).toBeInTheDocument();
  });

  it('offers nothing before the review is closed, nor to a member', async () => {
    show({ reviewClosed: false }, { [`GET ${PATH}`]: () => problem(404, { code: 'NOT_FOUND' }) });
    expect(await screen.findByText(/Tính xếp hạng sau khi kết thúc chấm chéo/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tính xếp hạng' })).not.toBeInTheDocument();
  });

  it('recomputes the draft with its ETag and confirms it', async () => {
    const fake = show(
      {},
      {
        [`GET ${PATH}`]: () => json(ranking({ permissions: ['COMPUTE', 'CONFIRM'] }), { etag: '"k1"' }),
        [`POST ${PATH}`]: () => json(ranking({ version: 2, permissions: ['COMPUTE', 'CONFIRM'] }), { etag: '"k2"' }),
        'POST /api/v1/rankings/4/status': () => json(ranking({ status: 'CONFIRMED', version: 3, permissions: ['PUBLISH'] }), { etag: '"k3"' }),
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Tính lại xếp hạng' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST')!.headers.get('If-Match')).toBe('"k1"');
    expect(screen.queryByRole('button', { name: 'Công bố' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xác nhận' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Xác nhận' }));
    await waitFor(() => expect(fake.requests.some((r) => r.path === '/api/v1/rankings/4/status')).toBe(true));
    const change = fake.requests.find((r) => r.path === '/api/v1/rankings/4/status')!;
    expect(change.body).toEqual({ status: 'CONFIRMED' });
    expect(change.headers.get('If-Match')).toBe('"k2"');
    expect(await screen.findByRole('button', { name: 'Công bố' })).toBeInTheDocument();
    expect(screen.getByText('Đã xác nhận')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tính lại xếp hạng' })).not.toBeInTheDocument();
  });

  it('shows a published ranking to a reader with only the downloads', async () => {
    show({ manager: false }, { [`GET ${PATH}`]: () => json(ranking({ status: 'PUBLISHED', permissions: [] }), { etag: '"k1"' }) });
    expect(await screen.findByText('Đã công bố')).toBeInTheDocument();
    for (const name of ['Tính xếp hạng', 'Tính lại xếp hạng', 'Xác nhận', 'Công bố', 'Ghi kết quả biểu quyết'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tải bảng tổng hợp \(XLSX\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Tải bảng tổng hợp \(PDF\)/ })).toBeInTheDocument();
  });

  it('records the votes for the tied units', async () => {
    const tied = [
      row(1, 40, 'Sở Xây dựng', 50, 40),
      row(2, 42, 'Sở Tư pháp', 45, 40, { needsVote: true, voteReached: true }),
      row(2, 44, 'Sở Y tế', 45, 40, { needsVote: true, voteReached: true }),
    ];
    const voted = [tied[0], { ...tied[1], needsVote: false, decidedBy: 'MEMBER_VOTE', votes: 7 }, { ...tied[2], position: 3, needsVote: false, decidedBy: 'MEMBER_VOTE', votes: 4 }];
    const fake = show(
      {},
      {
        [`GET ${PATH}`]: () => json(ranking({ rows: tied, needsVote: true, permissions: ['COMPUTE', 'RECORD_TIE_VOTES'] }), { etag: '"k1"' }),
        'PUT /api/v1/rankings/4/tie-votes': () => json(ranking({ rows: voted, permissions: ['COMPUTE', 'CONFIRM'] }), { etag: '"k2"' }),
      },
    );
    await userEvent.type(await screen.findByLabelText('Số phiếu của Sở Tư pháp'), '7');
    await userEvent.type(screen.getByLabelText('Số phiếu của Sở Y tế'), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Ghi kết quả biểu quyết' }));
    expect(await screen.findByText('7 phiếu')).toBeInTheDocument();
    const put = fake.requests.find((r) => r.method === 'PUT')!;
    expect(put.body).toEqual({ votes: [{ unitId: 42, votes: 7 }, { unitId: 44, votes: 4 }] });
    expect(put.headers.get('If-Match')).toBe('"k1"');
    expect(screen.getAllByText('Phân định: biểu quyết')).toHaveLength(2);
    expect(screen.queryByTestId('tie-votes')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Xác nhận' })).toBeInTheDocument();
  });
});
