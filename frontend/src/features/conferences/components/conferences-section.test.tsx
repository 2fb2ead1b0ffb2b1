import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { ConferencesSection } from '@/features/conferences/components/conferences-section';

const summary = {
  id: 5,
  termId: 9,
  provinceCode: '06',
  kind: 'MID_YEAR_REVIEW',
  title: 'Hội nghị sơ kết 6 tháng đầu năm 2023',
  heldOn: '2023-07-06',
  venue: 'Hội trường Ban QLDA',
  status: 'HELD',
  attendingUnits: 2,
  permissions: [],
};

function conference(permissions: string[]) {
  return {
    ...summary,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    chairName: 'Bà Hoàng Thị Thúy',
    chairTitle: 'Giám đốc Sở Xây dựng',
    attendees: [
      { unit: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' }, delegateName: 'Bà Hoàng Thị Thúy', delegateTitle: 'Giám đốc', mayVote: false },
      { unit: { id: 4, code: 'BKN.SCT', name: 'Sở Công Thương' }, mayVote: false },
    ],
    attendingUnits: 2,
    votingUnits: 0,
    memberCount: 11,
    agenda: [{ id: 31, position: 1, title: 'Báo cáo sơ kết', outcome: 'Hội nghị đã thông qua báo cáo.' }],
    version: 3,
    permissions,
  };
}

function api(listPermissions: string[], permissions: string[]) {
  return createFakeApi({
    'GET /api/v1/terms/9/conferences': () => json({ items: [summary], page: 0, size: 100, total: 1, permissions: listPermissions }),
    'GET /api/v1/conferences/5': () => json(conference(permissions), { etag: '"c5"' }),
    'GET /api/v1/conferences/5/minutes-files': () => json([]),
  });
}

async function openDetails() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Chi tiết: Hội nghị sơ kết 6 tháng đầu năm 2023' }));
  return within(await screen.findByTestId('conference-5'));
}

describe('conferences section', () => {
  it('shows a member the record read-only: attendance, unknown delegates marked, outcomes, the minutes to download', async () => {
    renderScreen(<ConferencesSection termId={9} />, { roles: ['officer'], fetch: api([], ['DOWNLOAD_MINUTES']).fetch });
    const detail = await openDetails();
    expect(detail.getByText('Bà Hoàng Thị Thúy – Giám đốc Sở Xây dựng')).toBeInTheDocument();
    expect(detail.getByText('(không rõ)')).toBeInTheDocument();
    expect(detail.getByText(/Hội nghị đã thông qua báo cáo\./)).toBeInTheDocument();
    expect(detail.getByText('2/11 đơn vị có mặt; 0 đơn vị có đại biểu biểu quyết')).toBeInTheDocument();
    expect(detail.getByRole('button', { name: /Tải biên bản/ })).toBeInTheDocument();
    for (const action of ['Sửa hội nghị', 'Ghi thành phần tham dự', 'Ghi nội dung, kết luận', 'Ghi nhận đã tổ chức', 'Hủy hội nghị']) {
      expect(detail.queryByRole('button', { name: new RegExp(action) })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('button', { name: /Lên lịch hội nghị/ })).not.toBeInTheDocument();
  });

  it('offers the leader exactly the actions the server lists', async () => {
    renderScreen(<ConferencesSection termId={9} />, {
      roles: ['officer'],
      fetch: api(['CREATE'], ['EDIT_AGENDA', 'EDIT_ATTENDANCE', 'SIGN_MINUTES', 'UPDATE', 'UPLOAD_MINUTES_SCAN']).fetch,
    });
    expect(await screen.findByRole('button', { name: /Lên lịch hội nghị/ })).toBeInTheDocument();
    const detail = await openDetails();
    expect(detail.getByRole('button', { name: /Sửa hội nghị/ })).toBeInTheDocument();
    expect(detail.getByRole('button', { name: /Xác nhận biên bản đã ký/ })).toBeInTheDocument();
    expect(detail.queryByRole('button', { name: /Ghi nhận đã tổ chức/ })).not.toBeInTheDocument();
    expect(detail.queryByRole('button', { name: /Tải biên bản/ })).not.toBeInTheDocument();
    expect(await detail.findByRole('heading', { name: 'Tải lên bản quét' })).toBeInTheDocument();
  });

  it('shows what an item is about as a link to the record on the term\'s page', async () => {
    const fake = api([], []);
    fake.routes['GET /api/v1/conferences/5'] = () =>
      json(
        {
          ...conference([]),
          agenda: [
            { id: 31, position: 1, title: 'Báo cáo sơ kết', linkKind: 'CAMPAIGN', linkedId: 12, linkedTitle: 'Phong trào thi đua năm 2023' },
            { id: 32, position: 2, title: 'Biểu quyết', linkKind: 'VOTE', linkedId: 3, linkedTitle: 'Bình xét thi đua' },
            { id: 33, position: 3, title: 'Ý kiến khác' },
          ],
        },
        { etag: '"c5"' },
      );
    renderScreen(<ConferencesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const detail = await openDetails();
    const agenda = within(detail.getByTestId('agenda-5'));
    expect(agenda.getByRole('link', { name: 'Phong trào thi đua năm 2023' })).toHaveAttribute('href', '/terms/9#campaign-12');
    expect(agenda.getByText(/Phong trào thi đua:/)).toBeInTheDocument();
    // votes are shown on the term's page too: a link to the vote there; an item about nothing, no link
    expect(agenda.getByRole('link', { name: 'Bình xét thi đua' })).toHaveAttribute('href', '/terms/9#vote-3');
    expect(agenda.getAllByRole('link')).toHaveLength(2);
  });

  it('shows a substitute acting for the absent delegate and edits it only on the voting delegate\u2019s row', async () => {
    const fake = api([], ['EDIT_ATTENDANCE']);
    fake.routes['GET /api/v1/conferences/5'] = () =>
      json(
        {
          ...conference(['EDIT_ATTENDANCE']),
          attendees: [
            { unit: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' }, delegateName: 'Bà Lê Thị Thay', mayVote: true, substituteFor: 'Ông Nguyễn Văn Vắng' },
            { unit: { id: 4, code: 'BKN.SCT', name: 'Sở Công Thương' }, delegateName: 'Ông Phạm Văn Dự', mayVote: false },
          ],
        },
        { etag: '"c5"' },
      );
    fake.routes['GET /api/v1/terms/9/memberships'] = () =>
      json({ items: [{ unit: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' } }, { unit: { id: 4, code: 'BKN.SCT', name: 'Sở Công Thương' } }] });
    let body: unknown;
    fake.routes['PUT /api/v1/conferences/5/attendance'] = (request) => {
      body = request.body;
      return json(conference([]), { etag: '"c6"' });
    };
    renderScreen(<ConferencesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const detail = await openDetails();
    expect(within(detail.getByTestId('attendees-5')).getByText(/thay mặt Ông Nguyễn Văn Vắng/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(detail.getByRole('button', { name: /Ghi thành phần tham dự/ }));
    const substitute = await screen.findByLabelText('Thay mặt cho (đại biểu vắng mặt) 1');
    expect(substitute).toHaveValue('Ông Nguyễn Văn Vắng');
    // the non-voting delegate acts for nobody: no field on their row
    expect(screen.queryByLabelText('Thay mặt cho (đại biểu vắng mặt) 2')).not.toBeInTheDocument();
    await user.clear(substitute);
    await user.type(substitute, ' Ông Hoàng Văn Vắng ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(body).toEqual({
        attendees: [
          { unitId: 1, delegateName: 'Bà Lê Thị Thay', mayVote: true, substituteFor: 'Ông Hoàng Văn Vắng' },
          { unitId: 4, delegateName: 'Ông Phạm Văn Dự', mayVote: false },
        ],
      }),
    );
  });

  it('saves the agenda with If-Match, keeping item ids, and shows a stale write as a conflict', async () => {
    const fake = api([], ['EDIT_AGENDA']);
    let body: unknown;
    fake.routes['PUT /api/v1/conferences/5/agenda'] = (request) => {
      body = request.body;
      return request.headers.get('If-Match') === '"c5"' ? problem(412, { title: 'Precondition Failed', code: 'PRECONDITION_FAILED' }) : json({});
    };
    renderScreen(<ConferencesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const detail = await openDetails();
    const user = userEvent.setup();
    await user.click(detail.getByRole('button', { name: /Ghi nội dung, kết luận/ }));
    const outcome = await screen.findByLabelText('Kết luận 1');
    await user.clear(outcome);
    await user.type(outcome, 'Thông qua');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(body).toEqual({ items: [{ id: 31, title: 'Báo cáo sơ kết', outcome: 'Thông qua' }] }));
    expect(await screen.findByTestId('conflict-alert')).toBeInTheDocument();
  });
});
