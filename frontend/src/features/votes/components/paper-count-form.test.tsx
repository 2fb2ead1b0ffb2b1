import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { VoteConsole } from '@/features/votes/components/vote-console';
import { TERM, voteFixture } from '@/features/votes/components/vote-fixtures';

// the test session's account is "tester" (src/test/render.tsx): here the second teller the chair named
const TELLERS = [
  { username: 'bk.sxd', name: 'Bà Kiểm Một' },
  { username: 'tester', name: 'Ông Kiểm Hai' },
];

function paperVote(over: Record<string, unknown> = {}, entered: number[] = []) {
  return voteFixture(
    { id: 14, kind: 'OTHER', leadershipSeats: undefined, method: 'PAPER', title: 'Biểu quyết bằng phiếu giấy', status: 'CLOSED', tellers: TELLERS, version: 7, permissions: ['ENTER_PAPER_COUNT'], ...over },
    { status: 'CLOSED', members: 6, present: 6, paperCountsEntered: entered },
  );
}

async function fill(user: ReturnType<typeof userEvent.setup>, label: string, value: string) {
  const input = screen.getByLabelText(label);
  await user.clear(input);
  await user.type(input, value);
}

describe('the tellers\u2019 paper count', () => {
  it('lets the second teller enter the count as the API takes it, with If-Match, and shows both entries\u2019 state', async () => {
    const fake = createFakeApi({
      'GET /api/v1/votes/14': () => json(paperVote({}, [1]), { etag: '"7"' }),
      'PUT /api/v1/votes/14/paper-count': () => json(paperVote({}, [1, 2]), { etag: '"8"' }),
    });
    renderScreen(<VoteConsole id={14} term={TERM} />, { roles: ['officer'], unitCode: 'BKN.BQLDA.NN', fetch: fake.fetch });
    const state = await screen.findByTestId('paper-count-state-14');
    expect(state).toHaveTextContent('Đã nhập 1/2 kết quả');
    expect(within(state).getByText(/Người kiểm phiếu 1: Bà Kiểm Một/).parentElement).toHaveTextContent('Đã nhập');
    expect(within(state).getByText(/Người kiểm phiếu 2: Ông Kiểm Hai/).parentElement).toHaveTextContent('Chưa nhập');
    expect(screen.getByText(/Bạn là người kiểm phiếu 2 \(Ông Kiểm Hai\)/)).toBeInTheDocument();
    const user = userEvent.setup();
    await fill(user, 'Số phiếu phát ra', '6');
    await fill(user, 'Số phiếu thu vào', '6');
    await fill(user, 'Số phiếu không hợp lệ', '1');
    expect(screen.getByText('Số phiếu hợp lệ: 5')).toBeInTheDocument();
    await fill(user, 'Số phiếu bầu Sở Xây dựng', '3');
    await fill(user, 'Số phiếu bầu Sở Công Thương', '2');
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả kiểm phiếu' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'PUT')).toBe(true));
    const sent = fake.requests.find((r) => r.method === 'PUT')!;
    expect(sent.headers.get('If-Match')).toBe('"7"');
    expect(sent.body).toEqual({
      round: 1,
      ballotsIssued: 6,
      ballotsReceived: 6,
      ballotsInvalid: 1,
      votes: [
        { unitId: 40, votes: 3 },
        { unitId: 41, votes: 2 },
      ],
    });
    expect(await screen.findByText('Đã nhập 2/2 kết quả')).toBeInTheDocument();
    expect(screen.getByText('Cả hai người kiểm phiếu đã nhập: chủ trì có thể kiểm phiếu.')).toBeInTheDocument();
  });

  it('asks for every figure before sending, and shows a refused count in the API\u2019s Vietnamese words', async () => {
    const fake = createFakeApi({
      'GET /api/v1/votes/14': () => json(paperVote({ voted: [] }), { etag: '"7"' }),
      'PUT /api/v1/votes/14/paper-count': () =>
        problem(422, { code: 'VOTE_PAPER_COUNT_INCONSISTENT', detail: 'Số liệu kiểm phiếu không khớp: phiếu thu vào ≤ phát ra.' }),
    });
    renderScreen(<VoteConsole id={14} term={TERM} />, { roles: ['officer'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Lưu kết quả kiểm phiếu' }));
    // the online register of a paper vote is empty: no «Đã bỏ phiếu: 0/6 đơn vị»
    expect(screen.queryByText(/^Đã bỏ phiếu:/)).not.toBeInTheDocument();
    // antd validates the five fields one by one: wait for all five messages, not the first
    await waitFor(() => expect(screen.getAllByText('Nhập số (0 trở lên)')).toHaveLength(5));
    expect(fake.requests.some((r) => r.method === 'PUT')).toBe(false);
    await fill(user, 'Số phiếu phát ra', '5');
    await fill(user, 'Số phiếu thu vào', '6');
    await fill(user, 'Số phiếu không hợp lệ', '0');
    await fill(user, 'Số phiếu bầu Sở Xây dựng', '3');
    await fill(user, 'Số phiếu bầu Sở Công Thương', '3');
    await user.click(screen.getByRole('button', { name: 'Lưu kết quả kiểm phiếu' }));
    expect(await screen.findByText('Số liệu kiểm phiếu không khớp: phiếu thu vào ≤ phát ra.')).toBeInTheDocument();
  });

  it('shows the chair which figures differ when the tally finds the two counts different, and offers no sheet to a non-teller', async () => {
    const differ =
      'Kết quả của hai người kiểm phiếu khác nhau; cần kiểm lại và nhập lại: phiếu không hợp lệ / invalid 1 ≠ 0; BKN.SCT 2 ≠ 3.';
    const fake = createFakeApi({
      'GET /api/v1/votes/14': () =>
        json(paperVote({ tellers: [TELLERS[0], { username: 'bk.bqlda', name: 'Ông Kiểm Hai' }], permissions: ['TALLY', 'VOID'] }, [1, 2]), {
          etag: '"9"',
        }),
      'POST /api/v1/votes/14/status': () => problem(409, { code: 'VOTE_PAPER_COUNTS_DIFFER', detail: differ }),
    });
    renderScreen(<VoteConsole id={14} term={TERM} />, { roles: ['admin'], fetch: fake.fetch });
    expect(await screen.findByText('Đã nhập 2/2 kết quả')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu kết quả kiểm phiếu' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Kiểm phiếu' }));
    const alert = await screen.findByTestId('paper-count-differ-14');
    expect(alert).toHaveTextContent('Kết quả của hai người kiểm phiếu khác nhau');
    expect(alert).toHaveTextContent('phiếu không hợp lệ / invalid 1 ≠ 0; BKN.SCT 2 ≠ 3');
    // said once, in the panel (not again as the console's generic refusal)
    expect(screen.getAllByText(/BKN.SCT 2 ≠ 3/)).toHaveLength(1);
    expect(fake.requests.find((r) => r.method === 'POST')!.body).toEqual({ status: 'TALLIED' });
  });

  it('is there only for a PAPER vote whose round is closed', async () => {
    const fake = createFakeApi({
      'GET /api/v1/votes/14': () => json(paperVote({ status: 'TALLIED', permissions: [] }, [1, 2]), { etag: '"9"' }),
      'GET /api/v1/votes/15': () => json(paperVote({ id: 15, method: 'SECRET', tellers: [] }), { etag: '"2"' }),
    });
    renderScreen(
      <>
        <VoteConsole id={14} term={TERM} />
        <VoteConsole id={15} term={TERM} />
      </>,
      { roles: ['admin'], fetch: fake.fetch },
    );
    await screen.findByTestId('vote-14');
    await screen.findByTestId('vote-15');
    expect(screen.queryByTestId('paper-count-14')).not.toBeInTheDocument();
    expect(screen.queryByTestId('paper-count-15')).not.toBeInTheDocument();
  });
});
