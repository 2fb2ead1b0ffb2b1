import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { PublicVotePage } from '@/features/votes/components/public-vote-page';
import { VoteResultsPage } from '@/features/votes/components/vote-results-page';
import { SCT, SXD, voteFixture } from '@/features/votes/components/vote-fixtures';

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** The vote as the public read answers it: certified, round 1 published with its counts, receipts and minutes' hash. */
function published(method: string, ballots?: unknown[]) {
  return voteFixture(
    { method, status: 'CERTIFIED', elected: [SXD], version: 9, permissions: undefined },
    {
      status: 'CERTIFIED',
      members: undefined,
      present: undefined,
      ballotsIssued: 3,
      ballotsReceived: 3,
      ballotsValid: 3,
      ballotsInvalid: 0,
      candidates: [
        { unit: SXD, votes: 2, reached: true, electedRank: 1, byLot: false },
        { unit: SCT, votes: 1, reached: false, byLot: false },
      ],
      publishedAt: '2023-12-20T03:00:00Z',
      resultSha256: SHA,
      ballots,
    },
  );
}

describe('the public page of a vote', () => {
  it('reads the published vote without a session and shows the result, the votes, the receipts and the minutes\u2019 SHA-256', async () => {
    const ballots = [
      { receipt: 'AAAA-BBBB-CCCC', choices: [40] },
      { receipt: 'K7QX-9M2P-4TZD', choices: [41] },
      { receipt: 'ZZZZ-YYYY-XXXX', choices: [40] },
    ];
    const fake = createFakeApi({ 'GET /api/v1/public/votes/12': () => json(published('SECRET', ballots)) });
    renderScreen(<PublicVotePage id={12} />, { fetch: fake.fetch });
    expect(await screen.findByRole('heading', { level: 1, name: 'KẾT QUẢ BỎ PHIẾU: Bầu Trưởng khối năm 2024' })).toBeInTheDocument();
    expect(screen.getByTestId('public-vote-elected')).toHaveTextContent('Sở Xây dựng');
    const counts = within(screen.getByTestId('round-1'));
    const votesOf = (unit: string) => within(counts.getByRole('cell', { name: unit }).closest('tr')!).getAllByRole('cell')[1]!.textContent;
    expect([votesOf('Sở Xây dựng'), votesOf('Sở Công Thương')]).toEqual(['2', '1']);
    expect(counts.getByText('Số phiếu: phát ra 3, thu vào 3, hợp lệ 3, không hợp lệ 0')).toBeInTheDocument();
    expect(within(screen.getByTestId('ballot-list-1')).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText(`SHA-256 của biên bản kiểm phiếu: ${SHA}`)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Tìm mã biên nhận của bạn'), 'k7qx-9m2p-4tzd');
    expect(screen.getByText('Đã tìm thấy: lá phiếu có mã này đã được tính.')).toBeInTheDocument();
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/public/votes/12']);
  });

  it('shows the SHA-256 of a paper vote, which has no receipts', async () => {
    const fake = createFakeApi({ 'GET /api/v1/public/votes/12': () => json(published('PAPER')) });
    renderScreen(<PublicVotePage id={12} />, { fetch: fake.fetch });
    expect(await screen.findByTestId('public-vote-sha-1')).toHaveTextContent(SHA);
    expect(screen.queryByTestId('ballot-list-1')).not.toBeInTheDocument();
  });

  it('says a vote not (yet) published is not there', async () => {
    const fake = createFakeApi({ 'GET /api/v1/public/votes/13': () => problem(404, { code: 'VOTE_NOT_FOUND', detail: 'Không tìm thấy cuộc bỏ phiếu.' }) });
    renderScreen(<PublicVotePage id={13} />, { fetch: fake.fetch });
    expect(await screen.findByText('Không có kết quả bỏ phiếu đã công nhận và công bố với địa chỉ này.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('is linked from the signed-in results page once the vote is certified and published, and not before', async () => {
    const unpublished = { ...published('SECRET'), status: 'TALLIED', rounds: [{ ...published('SECRET').rounds[0], status: 'TALLIED', publishedAt: undefined }] };
    const fake = createFakeApi({
      'GET /api/v1/votes/12': () => json(published('SECRET'), { etag: '"9"' }),
      'GET /api/v1/votes/13': () => json({ ...unpublished, id: 13 }, { etag: '"4"' }),
    });
    const route = { path: '/votes/12/results', route: '/votes/:id/results' };
    const view = renderScreen(<VoteResultsPage />, { roles: ['admin'], fetch: fake.fetch, ...route });
    expect(await screen.findByTestId('public-vote-link')).toHaveAttribute('href', '/public/votes/12');
    view.unmount();
    renderScreen(<VoteResultsPage />, { roles: ['admin'], fetch: fake.fetch, path: '/votes/13/results', route: '/votes/:id/results' });
    await screen.findByTestId('round-1');
    expect(screen.queryByTestId('public-vote-link')).not.toBeInTheDocument();
  });
});
