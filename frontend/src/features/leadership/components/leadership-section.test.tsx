import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { LeadershipSection } from '@/features/leadership/components/leadership-section';
import type { Term } from '@/features/leadership/types';

const SXD = { id: 40, code: 'BKN.SXD', name: 'Sở Xây dựng' };
const SCT = { id: 41, code: 'BKN.SCT', name: 'Sở Công Thương' };

function term(over: Partial<Term> = {}): Term {
  return {
    id: 9,
    blocId: 3,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    blocKind: 'KHOI',
    provinceId: 6,
    provinceCode: '06',
    provinceName: 'Bắc Kạn',
    year: 2023,
    status: 'RESULTS_CONFIRMED',
    rules: {
      leaderSelection: 'ELECTION',
      quorumNumerator: 2,
      quorumDenominator: 3,
      winningThresholdPercent: 50,
      winningThresholdInclusive: false,
      winningThresholdBase: 'VALID_BALLOTS',
      flagQuota: 1,
      certificateQuota: 3,
    },
    memberCount: 11,
    recordedFromSources: false,
    version: 1,
    permissions: [],
    ...over,
  } as Term;
}

function result(over: Record<string, unknown> = {}) {
  return {
    id: 5,
    outgoingTermId: 9,
    outgoingYear: 2023,
    blocId: 3,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    nextYear: 2024,
    method: 'ELECTION',
    leader: SCT,
    deputy: SXD,
    leaderVoteId: 12,
    deputyVoteId: 12,
    status: 'PROPOSED',
    version: 0,
    permissions: ['CONFIRM', 'WITHDRAW'],
    ...over,
  };
}

const TERM_RESULT = 'GET /api/v1/terms/9/leadership-result';

describe('the leadership card', () => {
  it('shows how the result was decided, and the Board confirms it: what the confirmation made is shown with a link to next year', async () => {
    const fake = createFakeApi({
      [TERM_RESULT]: () => json(result(), { etag: '"0"' }),
      'POST /api/v1/leadership-results/5/confirmation': () =>
        json({
          result: result({ status: 'CONFIRMED', nextTermId: 21, permissions: [] }),
          nextTermId: 21,
          nextTermCreated: true,
          members: [
            { unit: SCT, role: 'LEADER' },
            { unit: SXD, role: 'DEPUTY', replaces: { id: 39, code: 'BKN.SGTVT', name: 'Sở Giao thông Vận tải' } },
          ],
          dropped: [],
        }),
    });
    renderScreen(<LeadershipSection term={term()} />, { roles: ['admin'], fetch: fake.fetch });
    const card = await screen.findByTestId('leadership-result');
    expect(screen.getByRole('heading', { name: 'Trưởng khối, Phó trưởng khối năm 2024' })).toBeInTheDocument();
    expect(within(card).getByText('Bầu chọn')).toBeInTheDocument();
    expect(within(card).getByText('Đề xuất, chờ Ban xác nhận')).toBeInTheDocument();
    expect(within(screen.getByTestId('leadership-leader')).getByRole('link', { name: 'Sở Công Thương' })).toHaveAttribute('href', '/units/41');
    expect(within(card).getByRole('link', { name: '#12' })).toHaveAttribute('href', '/terms/9#vote-12');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Xác nhận Trưởng khối năm sau' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/Xác nhận Sở Công Thương là Trưởng khối năm 2024\?/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận Trưởng khối năm sau' }));
    const made = await screen.findByTestId('leadership-confirmation');
    expect(made).toHaveTextContent('Năm thi đua 2024 đã được tạo');
    expect(made).toHaveTextContent('2 thành viên chuyển tiếp');
    expect(made).toHaveTextContent('Sở Xây dựng (thay cho Sở Giao thông Vận tải)');
    expect(within(made).getByRole('link', { name: 'Mở năm thi đua 2024' })).toHaveAttribute('href', '/terms/21');
    const sent = fake.requests.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('If-Match')).toBe('"0"');
    expect(sent.body).toEqual({});
  });

  it('shows the refusal of a confirmation in the server\u2019s words', async () => {
    const fake = createFakeApi({
      [TERM_RESULT]: () => json(result(), { etag: '"0"' }),
      'POST /api/v1/leadership-results/5/confirmation': () =>
        problem(409, { code: 'LEADERSHIP_NEXT_TERM_STARTED', detail: 'Năm thi đua 2024 đã bắt đầu với Trưởng khối khác.' }),
    });
    renderScreen(<LeadershipSection term={term()} />, { roles: ['admin'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Xác nhận Trưởng khối năm sau' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận Trưởng khối năm sau' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Năm thi đua 2024 đã bắt đầu với Trưởng khối khác.');
  });

  it('offers nothing the caller may not do, and links a confirmed result to next year and its handover', async () => {
    const fake = createFakeApi({
      [TERM_RESULT]: () =>
        json(
          result({
            status: 'HANDED_OVER',
            nextTermId: 21,
            confirmedAt: '2023-12-20T03:00:00Z',
            handover: { conferenceId: 8, conferenceTitle: 'Hội nghị tổng kết năm 2023', handedOverOn: '2023-12-28', handedBy: SXD, handedTo: SCT },
            permissions: [],
          }),
          { etag: '"3"' },
        ),
    });
    renderScreen(<LeadershipSection term={term()} />, { roles: ['officer'], unitCode: 'BKN.SCT', fetch: fake.fetch });
    expect(await screen.findByTestId('leadership-handover')).toHaveTextContent(
      'Sở Xây dựng trao cờ Khối trưởng cho Sở Công Thương tại Hội nghị tổng kết năm 2023 ngày 28/12/2023.',
    );
    expect(screen.getByTestId('leadership-next-term')).toHaveAttribute('href', '/terms/21');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('lets the Board record a designation when the rules designate and there is no result yet; not a viewer', async () => {
    const routes = {
      [TERM_RESULT]: () => problem(404, { code: 'LEADERSHIP_RESULT_NOT_FOUND', detail: 'Chưa có kết quả.' }),
      'GET /api/v1/units': () => json({ items: [SXD, SCT], page: 0, size: 20, total: 2 }),
    };
    const designating = term({ rules: { ...term().rules, leaderSelection: 'DESIGNATION' } });
    const viewer = renderScreen(<LeadershipSection term={designating} />, { roles: ['viewer'], fetch: createFakeApi(routes).fetch });
    expect(await screen.findByText('Chưa có kết quả chọn Trưởng khối năm 2024.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ghi quyết định chỉ định' })).not.toBeInTheDocument();
    viewer.unmount();

    renderScreen(<LeadershipSection term={designating} />, { roles: ['admin'], fetch: createFakeApi(routes).fetch });
    expect(await screen.findByRole('heading', { name: 'Ghi quyết định chỉ định' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ghi quyết định chỉ định' }));
    await waitFor(() => expect(screen.getAllByText('Bắt buộc nhập').length).toBeGreaterThan(0));
  });
});
