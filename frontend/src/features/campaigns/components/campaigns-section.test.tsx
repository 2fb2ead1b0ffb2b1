import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { CampaignsSection } from '@/features/campaigns/components/campaigns-section';

const term = {
  id: 7,
  year: 2023,
  status: 'PLANNING' as const,
  leader: { id: 1, code: 'BKN.SXD', name: 'Sở Xây dựng' },
  deputy: { id: 2, code: 'BKN.BQLDA.NN', name: 'Ban QLDA NN&PTNT' },
  permissions: ['MANAGE_YEAR'],
};

const campaign = (permissions: string[]) => ({
  id: 5,
  termId: 7,
  provinceId: 6,
  provinceCode: '06',
  kind: 'YEARLY',
  title: 'Phong trào thi đua năm 2023',
  status: 'LAUNCHED',
  launchDecision: { number: '409/TĐKT-KTKT', date: '2023-03-14', issuer: 'Khối thi đua Kinh tế – Kỹ thuật' },
  launchedOn: '2023-03-14',
  registrationDeadline: '2023-03-31',
  version: 1,
  permissions,
});

const unit = (id: number, code: string, name: string) => ({ id, code, name });
const registration = (id: number, u: ReturnType<typeof unit>, status: string, late: boolean, permissions: string[]) => ({
  id,
  campaignId: 5,
  unit: u,
  targets: 'Hoàn thành xuất sắc nhiệm vụ',
  numericTargets: [],
  status,
  late,
  submittedOn: '2023-04-02',
  version: 0,
  permissions,
});

function api(registrations: unknown, campaignPermissions: string[]) {
  return createFakeApi({
    'GET /api/v1/campaigns': () => json({ items: [campaign(campaignPermissions)], page: 0, size: 100, total: 1 }),
    'GET /api/v1/campaigns/5/files': () => json([]),
    'GET /api/v1/campaigns/5/registrations': () => json(registrations),
    'GET /api/v1/registrations/9': () => json(registration(9, unit(3, 'BKN.SCT', 'Sở Công Thương'), 'SUBMITTED', true, []), { etag: '"r9"' }),
    'POST /api/v1/registrations/9/status': () => json(registration(9, unit(3, 'BKN.SCT', 'Sở Công Thương'), 'ACCEPTED', true, [])),
  });
}

describe('campaigns of a term', () => {
  it('shows the leader who registered, who has not, the late flag, and accepts with the ETag just read', async () => {
    const fake = api(
      {
        campaignId: 5,
        registrationDeadline: '2023-03-31',
        memberCount: 11,
        registeredCount: 1,
        lateCount: 1,
        items: [registration(9, unit(3, 'BKN.SCT', 'Sở Công Thương'), 'SUBMITTED', true, ['ACCEPT', 'RETURN'])],
        missing: [unit(4, 'BKN.STNMT', 'Sở Tài nguyên và Môi trường')],
        permissions: ['REGISTER'],
      },
      ['CLOSE', 'REGISTER', 'UPDATE', 'UPLOAD_FILE'],
    );
    renderScreen(<CampaignsSection term={term} />, { roles: ['officer'], unitCode: 'BKN.SXD', fetch: fake.fetch });
    expect(await screen.findByText('Phong trào thi đua năm 2023')).toBeInTheDocument();
    expect(screen.getByText(/409\/TĐKT-KTKT/)).toBeInTheDocument();
    expect(await screen.findByText('Đã đăng ký: 1/11 đơn vị')).toBeInTheDocument();
    expect(within(screen.getByTestId('missing-units')).getByText('Sở Tài nguyên và Môi trường')).toBeInTheDocument();
    const row = screen.getByTestId('registration-BKN.SCT');
    expect(within(row).getByText('Gửi muộn')).toBeInTheDocument();
    // only what the permissions allow: the leader may close, not launch
    expect(screen.getByRole('button', { name: 'Kết thúc phong trào' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Phát động' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Soạn phong trào' })).toBeInTheDocument();
    await userEvent.setup().click(within(row).getByRole('button', { name: 'Chấp nhận' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.path).toBe('/api/v1/registrations/9/status');
    expect(post.headers.get('If-Match')).toBe('"r9"');
    expect(post.body).toEqual({ status: 'ACCEPTED' });
  });

  it('lets a member register its own unit and offers it nothing to manage', async () => {
    const fake = api(
      {
        campaignId: 5,
        memberCount: 11,
        registeredCount: 0,
        lateCount: 0,
        items: [],
        missing: [unit(3, 'BKN.SCT', 'Sở Công Thương'), unit(1, 'BKN.SXD', 'Sở Xây dựng')],
        permissions: ['REGISTER'],
      },
      ['REGISTER'],
    );
    fake.routes['POST /api/v1/campaigns/5/registrations'] = () =>
      json(registration(10, unit(3, 'BKN.SCT', 'Sở Công Thương'), 'DRAFT', false, ['SUBMIT', 'UPDATE']), { status: 201 });
    renderScreen(<CampaignsSection term={{ ...term, permissions: [] }} />, { roles: ['officer'], unitCode: 'BKN.SCT', fetch: fake.fetch });
    const targets = await screen.findByLabelText('Chỉ tiêu đăng ký');
    expect(screen.queryByRole('button', { name: 'Soạn phong trào' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kết thúc phong trào' })).not.toBeInTheDocument();
    fireEvent.change(targets, { target: { value: 'Giải ngân 100% vốn được giao' } });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Đăng ký (lưu dự thảo)' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST')!.body).toEqual({ unitId: 3, targets: 'Giải ngân 100% vốn được giao' });
  });
  it('reads the registrations again when the term page mounts again, not from the cache (a member may have submitted meanwhile)', async () => {
    const overview = (items: unknown[], missing: unknown[]) => ({
      campaignId: 5,
      memberCount: 2,
      registeredCount: items.length,
      lateCount: items.length,
      items,
      missing,
      permissions: [],
    });
    const sct = unit(3, 'BKN.SCT', 'Sở Công Thương');
    let submitted = false;
    const fake = api(overview([], [sct]), ['CLOSE']);
    fake.routes['GET /api/v1/campaigns/5/registrations'] = () =>
      json(submitted ? overview([registration(9, sct, 'SUBMITTED', true, ['ACCEPT', 'RETURN'])], []) : overview([], [sct]));
    function Remount() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShown((v) => !v)}>toggle</button>
          {shown && <CampaignsSection term={term} />}
        </>
      );
    }
    renderScreen(<Remount />, { roles: ['officer'], unitCode: 'BKN.SXD', fetch: fake.fetch });
    expect(await screen.findByText('Đã đăng ký: 0/2 đơn vị')).toBeInTheDocument();
    submitted = true; // the member submits, well within the global 30 s staleTime
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'toggle' }));
    await user.click(screen.getByRole('button', { name: 'toggle' }));
    const row = await screen.findByTestId('registration-BKN.SCT');
    expect(within(row).getByText('Gửi muộn')).toBeInTheDocument();
    expect(fake.requests.filter((r) => r.path === '/api/v1/campaigns/5/registrations')).toHaveLength(2);
  });
});
