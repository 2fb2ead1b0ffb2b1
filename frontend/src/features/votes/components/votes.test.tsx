import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { VoteConsole } from '@/features/votes/components/vote-console';
import { BallotPage } from '@/features/votes/components/ballot-page';
import { VoteResultsPage } from '@/features/votes/components/vote-results-page';
import { BALLOT_WAIT_POLL_MS, useVote } from '@/features/votes/api/votes';
import { SCT, SXD, TERM, voteFixture } from '@/features/votes/components/vote-fixtures';

const vote = voteFixture;

describe('the chair\u2019s console', () => {
  it('shows attendance and quorum and who voted, never a count while open, and closes with If-Match', async () => {
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () =>
        json(
          vote({
            voted: [
              { unit: SXD, delegateName: 'Ông Trần Văn Dự' },
              { unit: SCT, delegateName: 'Bà Lê Thị Thay', substituteFor: 'Ông Nguyễn Văn Vắng' },
            ],
            permissions: ['CLOSE', 'VOID'],
          }),
          { etag: '"3"' },
        ),
      'POST /api/v1/votes/12/status': () => json(vote({ status: 'CLOSED', permissions: ['TALLY'] }, { status: 'CLOSED' }), { etag: '"4"' }),
    });
    renderScreen(<VoteConsole id={12} term={TERM} />, { roles: ['officer'], unitCode: 'BKN.SXD', fetch: fake.fetch });
    const attendance = await screen.findByTestId('vote-attendance-12');
    expect(attendance).toHaveTextContent('Có mặt: 8/11 đơn vị được biểu quyết (cần tối thiểu 8 theo quy chế 2/3)');
    expect(attendance).toHaveTextContent('Đủ số đơn vị có mặt');
    expect(attendance).toHaveTextContent('Đã bỏ phiếu: 2/8 đơn vị');
    // the register names who acted for each unit, a substitute with the absent delegate they replaced
    expect(attendance).toHaveTextContent('Sở Xây dựng – Ông Trần Văn Dự');
    expect(attendance).toHaveTextContent('Sở Công Thương – Bà Lê Thị Thay (thay mặt Ông Nguyễn Văn Vắng)');
    expect(attendance).toHaveTextContent('không ai (kể cả chủ trì và Ban) xem được số phiếu');
    expect(screen.queryByRole('columnheader', { name: 'Số phiếu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kiểm phiếu' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mở bỏ phiếu' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Kết thúc bỏ phiếu' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Kết thúc bỏ phiếu' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    const sent = fake.requests.find((r) => r.method === 'POST')!;
    expect(sent.headers.get('If-Match')).toBe('"3"');
    expect(sent.body).toEqual({ status: 'CLOSED' });
    expect(await screen.findByRole('button', { name: 'Kiểm phiếu' })).toBeInTheDocument();
  });

  it('publishes only once the chair acknowledges the disclosure warning; a refusal shows its Vietnamese detail', async () => {
    const tallied = vote(
      { status: 'TALLIED', permissions: ['PUBLISH', 'DOWNLOAD_MINUTES'] },
      {
        status: 'TALLIED',
        ballotsReceived: 8,
        ballotsValid: 8,
        ballotsInvalid: 0,
        ballotsIssued: 8,
        candidates: [
          { unit: SXD, votes: 8, reached: true, electedRank: 1, byLot: false },
          { unit: SCT, votes: 0, reached: false, byLot: false },
        ],
        disclosureWarnings: ['UNANIMOUS'],
      },
    );
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () => json(tallied, { etag: '"5"' }),
      'POST /api/v1/votes/12/publication': () => problem(409, { code: 'VOTE_NOT_CERTIFIED', detail: 'Kết quả chưa được công nhận.' }),
    });
    renderScreen(<VoteConsole id={12} term={TERM} />, { roles: ['admin'], fetch: fake.fetch });
    expect(await screen.findByRole('columnheader', { name: 'Số phiếu' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Công bố kết quả' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('disclosure-warning')).toHaveTextContent('Mọi phiếu hợp lệ đều bầu cùng một ứng viên');
    const ok = within(dialog).getByRole('button', { name: 'Công bố kết quả' });
    expect(ok).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Tôi đã biết và vẫn công bố kết quả' }));
    expect(ok).toBeEnabled();
    await user.click(ok);
    expect(await within(dialog).findByText('Kết quả chưa được công nhận.')).toBeInTheDocument();
    const sent = fake.requests.find((r) => r.method === 'POST')!;
    expect(sent.body).toEqual({ acknowledgeDisclosure: true });
    expect(sent.headers.get('If-Match')).toBe('"5"');
  });
});

describe('the ballot (phone)', () => {
  it('one tap chooses, a confirmation names the choice, the receipt is shown once with the advice to keep it', async () => {
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () => json(vote({ permissions: ['CAST'], ownUnitVoted: false }), { etag: '"3"' }),
      'POST /api/v1/votes/12/ballots': () => json({ voteId: 12, round: 1, receipt: 'K7QX-9M2P-4TZD' }, { status: 201 }),
    });
    renderScreen(<BallotPage />, { roles: ['officer'], unitCode: 'BKN.SCT', fetch: fake.fetch, path: '/votes/12/ballot', route: '/votes/:id/ballot' });
    const user = userEvent.setup();
    const sxd = await screen.findByRole('button', { name: 'Sở Xây dựng' });
    await user.click(sxd);
    expect(sxd).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Sở Công Thương' }));
    expect(sxd).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText('Đã chọn 1/1')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('ballot-confirm-choices')).toHaveTextContent('Sở Công Thương');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi phiếu' }));
    expect(await screen.findByTestId('receipt-code')).toHaveTextContent('K7QX-9M2P-4TZD');
    expect(screen.getByTestId('ballot-receipt')).toHaveTextContent('mã chỉ hiện một lần');
    const sent = fake.requests.find((r) => r.method === 'POST')!;
    expect(sent.body).toEqual({ round: 1, choices: [41] });
    expect(sent.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows a refused ballot in the server\u2019s words and retries with the same key', async () => {
    let calls = 0;
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () => json(vote({ permissions: ['CAST'] }), { etag: '"3"' }),
      'POST /api/v1/votes/12/ballots': () => {
        calls++;
        return problem(409, { code: 'VOTE_ALREADY_CAST', detail: 'Đơn vị đã bỏ phiếu ở vòng này.' });
      },
    });
    renderScreen(<BallotPage />, { roles: ['officer'], fetch: fake.fetch, path: '/votes/12/ballot', route: '/votes/:id/ballot' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sở Xây dựng' }));
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi phiếu' }));
    expect(await within(dialog).findByText('Đơn vị đã bỏ phiếu ở vòng này.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Gửi phiếu' }));
    await waitFor(() => expect(calls).toBe(2));
    const keys = fake.requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('Idempotency-Key'));
    expect(keys[0]).toBe(keys[1]);
  });

  it('after a refusal (the unit voted from another phone), going back shows the unit has voted', async () => {
    let reads = 0;
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () => json(++reads === 1 ? vote({ permissions: ['CAST'] }) : vote({ ownUnitVoted: true, permissions: [] }), { etag: '"3"' }),
      'POST /api/v1/votes/12/ballots': () => problem(409, { code: 'VOTE_ALREADY_CAST', detail: 'Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị một phiếu.' }),
    });
    renderScreen(<BallotPage />, { roles: ['officer'], fetch: fake.fetch, path: '/votes/12/ballot', route: '/votes/:id/ballot' });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Sở Công Thương' }));
    await user.click(screen.getByRole('button', { name: 'Gửi phiếu' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Gửi phiếu' }));
    expect(await within(dialog).findByText('Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị một phiếu.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Quay lại' }));
    expect(await screen.findByText('Đơn vị của bạn đã bỏ phiếu ở vòng này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).not.toBeInTheDocument();
  });

  it('a phone waiting for the next round is offered the ballot once the chair opens it', async () => {
    let reads = 0;
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () =>
        json(++reads === 1 ? vote({ status: 'DRAFT', currentRound: 2, permissions: [] }, { number: 2, kind: 'RUNOFF', status: 'DRAFT' }) : vote({ currentRound: 2, permissions: ['CAST'] }, { number: 2, kind: 'RUNOFF' }), {
          etag: '"5"',
        }),
    });
    renderScreen(<BallotPage />, { roles: ['officer'], fetch: fake.fetch, path: '/votes/12/ballot', route: '/votes/:id/ballot' });
    expect(await screen.findByText('Cuộc bỏ phiếu không đang mở.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Sở Xây dựng' }, { timeout: BALLOT_WAIT_POLL_MS + 2000 })).toBeInTheDocument();
    expect(screen.getByText('Vòng 2')).toBeInTheDocument();
  });

  it('says when the unit has already voted, with no ballot to fill', async () => {
    const fake = createFakeApi({ 'GET /api/v1/votes/12': () => json(vote({ ownUnitVoted: true, permissions: [] }), { etag: '"3"' }) });
    renderScreen(<BallotPage />, { roles: ['officer'], fetch: fake.fetch, path: '/votes/12/ballot', route: '/votes/:id/ballot' });
    expect(await screen.findByText('Đơn vị của bạn đã bỏ phiếu ở vòng này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi phiếu' })).not.toBeInTheDocument();
  });
});

/** A screen that read the vote a moment ago (the term page's console, the ballot), then opens the results page. */
function ResultsAfterAnotherScreen() {
  const earlier = useVote(12);
  const [open, setOpen] = useState(false);
  if (open) return <VoteResultsPage />;
  return (
    <button type="button" disabled={!earlier.data} onClick={() => setOpen(true)}>
      open results
    </button>
  );
}

describe('the results page', () => {
  it('reads the vote afresh on opening: a copy cached before the publication shows it published', async () => {
    let reads = 0;
    const certified = vote({ status: 'CERTIFIED', elected: [SXD], permissions: [] }, { status: 'CERTIFIED' });
    const published = vote(
      { status: 'CERTIFIED', elected: [SXD], permissions: [] },
      {
        status: 'CERTIFIED',
        candidates: [{ unit: SXD, votes: 2, reached: true, electedRank: 1, byLot: false }, { unit: SCT, votes: 0, reached: false, byLot: false }],
        publishedAt: '2023-12-28T08:00:00Z',
        ballots: [{ receipt: 'K7QX-9M2P-4TZD', choices: [40] }],
      },
    );
    const fake = createFakeApi({ 'GET /api/v1/votes/12': () => json(++reads === 1 ? certified : published, { etag: '"9"' }) });
    renderScreen(<ResultsAfterAnotherScreen />, { roles: ['officer'], fetch: fake.fetch, path: '/votes/12/results', route: '/votes/:id/results' });
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByRole('button', { name: 'open results' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'open results' }));
    expect(await within(await screen.findByTestId('ballot-list-1')).findByText('K7QX-9M2P-4TZD')).toBeInTheDocument();
    expect(screen.queryByText('Kết quả chưa được công bố.')).not.toBeInTheDocument();
  });

  it('lists the published ballots by receipt and finds one\u2019s own', async () => {
    const published = vote(
      { status: 'CERTIFIED', elected: [SXD], permissions: ['DOWNLOAD_MINUTES'] },
      {
        status: 'CERTIFIED',
        ballotsReceived: 2,
        ballotsValid: 2,
        ballotsInvalid: 0,
        candidates: [
          { unit: SXD, votes: 2, reached: true, electedRank: 1, byLot: false },
          { unit: SCT, votes: 0, reached: false, byLot: false },
        ],
        publishedAt: '2023-12-28T08:00:00Z',
        resultSha256: 'ab'.repeat(32),
        ballots: [
          { receipt: 'K7QX-9M2P-4TZD', choices: [40] },
          { receipt: 'P3WR-8H1N-6YCE', choices: [40] },
        ],
      },
    );
    const fake = createFakeApi({ 'GET /api/v1/votes/12': () => json(published, { etag: '"9"' }) });
    renderScreen(<VoteResultsPage />, { roles: ['officer'], fetch: fake.fetch, path: '/votes/12/results', route: '/votes/:id/results' });
    expect(await screen.findByTestId('vote-elected')).toHaveTextContent('Sở Xây dựng');
    const list = screen.getByTestId('ballot-list-1');
    expect(within(list).getByText('K7QX-9M2P-4TZD')).toBeInTheDocument();
    expect(within(list).getAllByText('Sở Xây dựng')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Tải biên bản (PDF)' })).toBeInTheDocument();
    await userEvent.setup().type(screen.getByLabelText('Tìm mã biên nhận của bạn'), 'k7qx-9m2p-4tzd');
    expect(screen.getByText('Đã tìm thấy: lá phiếu có mã này đã được tính.')).toBeInTheDocument();
  });
});
