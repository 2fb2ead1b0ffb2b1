import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { SheetPage } from '@/features/scoring/components/sheet-page';

const base = { evidenceCount: 0, reviews: [], deviates: false, evidenceRequired: false };
const qualitative = { ...base, criterionId: 11, code: '1.1', title: 'Hoàn thành nhiệm vụ chính trị', guidance: 'Hoàn thành 100% được tối đa', kind: 'QUALITATIVE', maxPoints: 30, step: 0.25 };
const quantitative = {
  ...base,
  criterionId: 12,
  code: '1.2',
  title: 'Tỷ lệ giải ngân vốn đầu tư công',
  kind: 'QUANTITATIVE',
  maxPoints: 20,
  step: 0.5,
  target: 95,
  unitOfMeasure: '%',
  evidenceRequired: true,
};
const occurrence = { ...base, criterionId: 13, code: '1.3', title: 'Sáng kiến được công nhận', kind: 'PER_OCCURRENCE', maxPoints: 10, step: 1, pointsEach: 2 };
const disqualifier = { ...base, criterionId: 21, code: '3.1', title: 'Vi phạm nghiêm trọng', kind: 'DISQUALIFIER', maxPoints: 0, step: 1 };

function sheet(over: Record<string, unknown> = {}, cells: Record<number, Record<string, unknown>> = {}) {
  const c = (cell: { criterionId: number }) => ({ ...cell, ...(cells[cell.criterionId] ?? {}) });
  return {
    id: 5,
    roundId: 2,
    termId: 9,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    unitId: 40,
    unitName: 'Sở Công Thương',
    status: 'DRAFT',
    late: false,
    selfDeadline: '2023-11-30',
    roundStatus: 'SELF_SCORING',
    schemeId: 3,
    schemeTitle: 'Bảng tiêu chí 2023',
    totalPoints: 100,
    groups: [
      { code: 'I', title: 'Nhiệm vụ chính trị', maxPoints: 60, criteria: [c(qualitative), c(quantitative), c(occurrence)] },
      { code: 'III', title: 'Loại trừ', maxPoints: 0, criteria: [c(disqualifier)] },
    ],
    reviewers: [],
    explanations: [],
    missing: ['1.1', '1.2', '1.3', '3.1'],
    version: 1,
    permissions: ['SELF_SCORE', 'SUBMIT', 'UPLOAD_EVIDENCE'],
    ...over,
  };
}

function render(body: ReturnType<typeof sheet>, routes: Parameters<typeof createFakeApi>[0] = {}) {
  const fake = createFakeApi({ 'GET /api/v1/sheets/5': () => json(body, { etag: '"v1"' }), ...routes });
  renderScreen(<SheetPage />, { roles: ['officer'], fetch: fake.fetch, path: '/sheets/5', route: '/sheets/:id' });
  return fake;
}

const puts = (fake: ReturnType<typeof createFakeApi>) => fake.requests.filter((r) => r.method === 'PUT');

describe('scoring grid (self-score)', () => {
  it('says a value off the step in Vietnamese as it is typed, and sends nothing', async () => {
    const fake = render(sheet(), { 'PUT /api/v1/sheets/5/self-scores': () => json(sheet(), { etag: '"v2"' }) });
    const input = await screen.findByLabelText('Điểm tiêu chí 1.1');
    await userEvent.type(input, '27,3');
    expect(screen.getByText('Điểm phải theo bước 0,25 (ví dụ 27,25 hoặc 27,5).')).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '31');
    expect(screen.getByText('Không được vượt quá 30 điểm.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 1200));
    // a pause while typing may save a valid prefix ("27", "3"); the invalid values are never sent
    const sent = puts(fake).map((p) => (p.body as { cells: { value: number }[] }).cells[0]!.value);
    expect(sent).not.toContain(27.3);
    expect(sent).not.toContain(31);
  });

  it('moves between criteria with Enter, ↓ and ↑; Tab goes to the comment', async () => {
    render(sheet());
    const first = await screen.findByLabelText('Điểm tiêu chí 1.1');
    first.focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByLabelText('Điểm tiêu chí 1.2')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByLabelText('Điểm tiêu chí 1.3')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(screen.getByLabelText('Điểm tiêu chí 1.2')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByLabelText('Nhận xét tiêu chí 1.2')).toHaveFocus();
  });

  it('autosaves only the changed cells with If-Match of the current ETag, and shows when', async () => {
    let version = 1;
    const fake = render(sheet(), {
      'PUT /api/v1/sheets/5/self-scores': () => {
        version += 1;
        return json(sheet({}, { 11: { selfValue: 27.5, selfPoints: 27.5 }, 12: { selfValue: 90, selfPoints: 18 } }), { etag: `"v${version}"` });
      },
    });
    await userEvent.type(await screen.findByLabelText('Điểm tiêu chí 1.1'), '27,5');
    await userEvent.type(screen.getByLabelText('Nhận xét tiêu chí 1.1'), 'Đạt');
    await waitFor(() => expect(puts(fake)).toHaveLength(1), { timeout: 3000 });
    expect(puts(fake)[0]!.headers.get('If-Match')).toBe('"v1"');
    expect(puts(fake)[0]!.body).toEqual({ cells: [{ criterionId: 11, value: 27.5, comment: 'Đạt' }] });
    expect(await screen.findByText(/^Đã lưu lúc \d\d:\d\d$/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Điểm tiêu chí 1.2'), '90');
    await waitFor(() => expect(puts(fake)).toHaveLength(2), { timeout: 3000 });
    expect(puts(fake)[1]!.headers.get('If-Match')).toBe('"v2"');
    expect(puts(fake)[1]!.body).toEqual({ cells: [{ criterionId: 12, value: 90 }] });
    expect(await screen.findByText('Điểm tính được: 18')).toBeInTheDocument();
  });

  it('reloads on 412 and says someone else saved', async () => {
    let reads = 0;
    const fake = createFakeApi({
      'GET /api/v1/sheets/5': () => {
        reads += 1;
        return json(reads === 1 ? sheet() : sheet({}, { 11: { selfValue: 20, selfPoints: 20 } }), { etag: `"r${reads}"` });
      },
      'PUT /api/v1/sheets/5/self-scores': () => problem(412, { code: 'STALE_ETAG', detail: 'Đã có thay đổi' }),
    });
    renderScreen(<SheetPage />, { roles: ['officer'], fetch: fake.fetch, path: '/sheets/5', route: '/sheets/:id' });
    await userEvent.type(await screen.findByLabelText('Điểm tiêu chí 1.1'), '25');
    expect(await screen.findByText(/Người khác vừa lưu bảng này/, undefined, { timeout: 3000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Điểm tiêu chí 1.1')).toHaveValue('20'));
  });

  it('lists what is missing before submitting, and submits a complete sheet', async () => {
    const complete = sheet({ missing: [] });
    let missing = true;
    const fake = createFakeApi({
      // SUBMIT is listed only when nothing is missing; SELF_SCORE keeps the button, which says what is missing
      'GET /api/v1/sheets/5': () => json(missing ? sheet({ missing: ['1.2', '3.1'], permissions: ['SELF_SCORE', 'UPLOAD_EVIDENCE'] }) : complete, { etag: '"v1"' }),
      'POST /api/v1/sheets/5/status': () => json({ ...complete, status: 'SELF_SUBMITTED', permissions: [] }, { etag: '"v2"' }),
    });
    renderScreen(<SheetPage />, { roles: ['officer'], fetch: fake.fetch, path: '/sheets/5', route: '/sheets/:id' });
    await userEvent.click(await screen.findByRole('button', { name: 'Nộp bảng tự chấm' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Chưa nộp được: còn 2 tiêu chí thiếu điểm hoặc minh chứng:')).toBeInTheDocument();
    expect(within(dialog).getByText('1.2. Tỷ lệ giải ngân vốn đầu tư công')).toBeInTheDocument();
    expect(within(dialog).getByText('3.1. Vi phạm nghiêm trọng')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Nộp bảng tự chấm' })).toBeDisabled();
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Hủy' }));

    missing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Nộp bảng tự chấm' }));
    const ready = await screen.findByText(/Bảng đã đủ điểm và minh chứng/);
    await userEvent.click(within(ready.closest('[role="dialog"]') as HTMLElement).getByRole('button', { name: 'Nộp bảng tự chấm' }));
    await waitFor(() => expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1));
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"v1"');
    expect(post.body).toEqual({ status: 'SELF_SUBMITTED' });
  });

  it('is read-only without SELF_SCORE: no input, no submit, totals as returned', async () => {
    render(
      sheet(
        { status: 'FINAL', permissions: [], selfTotals: { groups: { I: 50 }, counted: 50, bonus: 2, penalty: 1, disqualified: false, total: 51 } },
        { 11: { selfValue: 27.5, selfPoints: 27.5, selfComment: 'Đạt' } },
      ),
    );
    expect(await screen.findByText('Đạt')).toBeInTheDocument();
    expect(screen.queryByLabelText('Điểm tiêu chí 1.1')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nộp bảng tự chấm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chốt điểm' })).not.toBeInTheDocument();
    expect(screen.getByText('51')).toBeInTheDocument();
    expect(screen.getByText(/cộng 50 điểm/)).toBeInTheDocument();
  });

  it('collapses to one card per criterion on a phone', async () => {
    const original = window.matchMedia.bind(window);
    window.matchMedia = ((query: string) =>
      ({ matches: query.includes('max-width: 767px'), media: query, addEventListener: () => undefined, removeEventListener: () => undefined, addListener: () => undefined, removeListener: () => undefined }) as unknown as MediaQueryList);
    try {
      render(sheet({ permissions: [] }, { 11: { selfValue: 27.5, selfPoints: 27.5 } }));
      expect(await screen.findByTestId('criterion-card-1.1')).toBeInTheDocument();
      expect(screen.getByTestId('criterion-card-3.1')).toBeInTheDocument();
      expect(within(screen.getByTestId('score-grid')).queryByRole('table')).not.toBeInTheDocument();
    } finally {
      window.matchMedia = original;
    }
  });
});

describe('scoring grid (reviewer)', () => {
  const reviewing = () =>
    sheet(
      { status: 'IN_REVIEW', roundStatus: 'REVIEWING', myReviewId: 77, missing: [], permissions: ['REVIEW', 'SUBMIT_REVIEW'] },
      {
        11: { selfValue: 28, selfPoints: 28, selfComment: 'Hoàn thành vượt mức' },
        12: { selfValue: 96, selfPoints: 20 },
        13: { selfValue: 2, selfPoints: 4 },
        21: { selfValue: 0, selfPoints: 0 },
      },
    );

  it('shows the self-score beside the input and needs a reason where the points differ before sending', async () => {
    const fake = render(reviewing(), {
      'PUT /api/v1/sheets/5/reviews/77/scores': () => json(reviewing(), { etag: '"v2"' }),
    });
    expect(await screen.findByText('Hoàn thành vượt mức')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Điểm tiêu chí 1.1'), '26');
    expect(screen.getByText('Điểm khác điểm tự chấm nên cần ghi lý do.')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 1200));
    expect(puts(fake)).toHaveLength(0);
    await userEvent.type(screen.getByLabelText('Lý do tiêu chí 1.1'), 'Chưa có minh chứng đầy đủ');
    // typing pauses may save the reason in parts; the last save carries all of it, each with the then current ETag
    await waitFor(() => expect(puts(fake).at(-1)?.body).toEqual({ cells: [{ criterionId: 11, value: 26, comment: 'Chưa có minh chứng đầy đủ' }] }), { timeout: 3000 });
    expect(puts(fake)[0]!.headers.get('If-Match')).toBe('"v1"');
  });

  it("shows the server's SHEET_REVIEW_REASON_REQUIRED on the criterion's field", async () => {
    render(reviewing(), {
      'PUT /api/v1/sheets/5/reviews/77/scores': () =>
        problem(422, {
          code: 'SHEET_REVIEW_REASON_REQUIRED',
          detail: 'Tiêu chí 1.2: điểm chấm (16) khác điểm tự chấm (20) nên cần ghi lý do.',
          errors: [{ field: 'cells[0].comment', message: 'Tiêu chí 1.2: điểm chấm (16) khác điểm tự chấm (20) nên cần ghi lý do.', code: 'SHEET_REVIEW_REASON_REQUIRED' }],
        }),
    });
    await userEvent.type(await screen.findByLabelText('Điểm tiêu chí 1.2'), '80');
    const row = screen.getByTestId('criterion-1.2');
    expect(await within(row).findByText(/điểm chấm \(16\) khác điểm tự chấm \(20\)/, undefined, { timeout: 3000 })).toBeInTheDocument();
  });

  it('refuses to submit the review while criteria lack a score', async () => {
    const fake = render(reviewing());
    await userEvent.click(await screen.findByRole('button', { name: 'Nộp điểm chấm' }));
    expect(await screen.findByText('Chưa nộp được điểm chấm: các tiêu chí 1.1, 1.2, 1.3, 3.1 còn thiếu điểm hoặc lý do.')).toBeInTheDocument();
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });
});

describe("the leader's consolidation view", () => {
  it('shows each review with its reason, the deviations, the explanations and only the listed steps', async () => {
    const body = sheet(
      {
        status: 'EXPLAINED',
        roundStatus: 'REVIEW_CLOSED',
        missing: [],
        permissions: ['CONSOLIDATE', 'REQUEST_EXPLANATION'],
        explanations: [
          { position: 1, request: 'Giải trình tiêu chí 1.1', requestedBy: 'bk.sxd', requestedAt: '2023-12-05T02:00:00Z', answer: 'Đã bổ sung văn bản', answeredBy: 'bk.sct', answeredAt: '2023-12-06T03:30:00Z' },
        ],
      },
      {
        11: {
          selfValue: 28,
          selfPoints: 28,
          deviates: true,
          reviews: [
            { reviewId: 77, reviewerUnitId: 41, reviewerName: 'Sở Tài nguyên và Môi trường', value: 24, points: 24, reason: 'Thiếu minh chứng', deviates: true },
            { reviewId: 78, reviewerUnitId: 42, reviewerName: 'Sở Xây dựng', value: 28, points: 28, deviates: false },
          ],
        },
      },
    );
    const fake = render(body, { 'POST /api/v1/sheets/5/status': () => json({ ...body, status: 'CONSOLIDATED' }, { etag: '"v2"' }) });
    const reviews = within(await screen.findByTestId('reviews-1.1'));
    expect(reviews.getByText('Thiếu minh chứng', { exact: false })).toBeInTheDocument();
    expect(reviews.getByText('Lệch quá ngưỡng')).toBeInTheDocument();
    expect(screen.getByTestId('criterion-1.1')).toHaveClass('deviates');
    expect(screen.getByText('Đã bổ sung văn bản')).toBeInTheDocument();
    expect(screen.getByText('(bk.sct, 06/12/2023 10:30)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Chốt điểm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Trả lại đơn vị' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Yêu cầu giải trình' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('button', { name: 'Yêu cầu giải trình' })).toBeDisabled();
    await userEvent.type(within(dialog).getByLabelText('Nội dung yêu cầu giải trình'), 'Giải trình thêm tiêu chí 1.2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yêu cầu giải trình' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST')!.body).toEqual({ status: 'EXPLANATION_REQUESTED', reason: 'Giải trình thêm tiêu chí 1.2' });
  });

  it('shows the history by stage, who and when', async () => {
    render(sheet({ permissions: [] }), {
      'GET /api/v1/sheets/5/history': () =>
        json([
          { criterionId: 11, criterionCode: '1.1', stage: 'SELF', field: 'VALUE', oldValue: '25', newValue: '27.5', changedBy: 'bk.sct', changedAt: '2023-11-20T01:05:00Z' },
          { criterionId: 11, criterionCode: '1.1', stage: 'REVIEW', reviewId: 77, reviewerName: 'Sở Xây dựng', field: 'REASON', newValue: 'Thiếu minh chứng', changedBy: 'bk.stnmt', changedAt: '2023-12-01T09:00:00Z' },
        ]),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Lịch sử thay đổi điểm' }));
    const table = within(await screen.findByTestId('sheet-history'));
    expect(table.getByText('20/11/2023 08:05')).toBeInTheDocument();
    expect(table.getByText('Tự chấm')).toBeInTheDocument();
    expect(table.getByText('Chấm chéo (Sở Xây dựng)')).toBeInTheDocument();
    expect(table.getByText('Lý do')).toBeInTheDocument();
  });
});

describe('scoring grid (download)', () => {
  it('downloads the sheet as XLSX from the server, and shows a refusal in Vietnamese', async () => {
    let asked = 0;
    const fake = render(sheet(), {
      'GET /api/v1/sheets/5/sheet.xlsx': () => {
        asked += 1;
        return problem(403, { code: 'READ_ONLY_ACCOUNT', detail: 'Tài khoản này chỉ được xem.' });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /Tải bảng chấm \(Excel\)/ }));
    expect(await screen.findByText('Tài khoản này chỉ được xem.')).toBeInTheDocument();
    expect(asked).toBe(1);
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/api/v1/sheets/5/sheet.xlsx')).toBe(true);
  });
});
