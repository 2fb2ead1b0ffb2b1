import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { CovenantSection } from '@/features/covenant/components/covenant-section';

const term = { id: 8, year: 2024, status: 'PLANNING' as const, leader: { id: 20, code: 'BNH.QDTPT', name: 'Quỹ Đầu tư phát triển tỉnh' }, permissions: ['MANAGE_YEAR'] };

const covenant = (status: string, permissions: string[], missing: { id: number; code: string; name: string }[]) => ({
  id: 3,
  termId: 8,
  blocName: 'Khối kinh tế, kỹ thuật',
  year: 2024,
  provinceCode: '27',
  title: 'Giao ước thi đua năm 2024',
  clauses: ['Thực hiện tốt nhiệm vụ chính trị được giao.'],
  campaigns: [],
  documents: [{ kind: 'PLAN', title: 'Kế hoạch hoạt động năm 2024 của Khối', adoptedOn: '2024-03-29' }],
  status,
  closedIncomplete: false,
  closedMissing: [],
  memberCount: 12,
  signatures: [
    {
      id: 1,
      covenantId: 3,
      unit: { id: 20, code: 'BNH.QDTPT', name: 'Quỹ Đầu tư phát triển tỉnh' },
      signerName: 'Nguyễn Văn A',
      signerTitle: 'Giám đốc',
      signedOn: '2024-03-29',
      recordedAt: '2026-12-01T00:00:00Z',
      permissions: [],
    },
  ],
  missing,
  version: 2,
  permissions,
});

describe('the covenant of a term', () => {
  it('shows the leader the signatures and who is missing, and closes only with a reason', async () => {
    const missing = [{ id: 21, code: 'BNH.SCT', name: 'Sở Công thương' }];
    const fake = createFakeApi({
      'GET /api/v1/terms/8/covenants': () => json({ items: [covenant('CIRCULATED', ['CLOSE', 'UPLOAD_FILE'], missing)], page: 0, size: 20, total: 1 }),
      'GET /api/v1/covenants/3': () => json(covenant('CIRCULATED', ['CLOSE'], missing), { etag: '"c3"' }),
      'POST /api/v1/covenants/3/status': () => json(covenant('SIGNED', [], [])),
    });
    renderScreen(<CovenantSection term={term} />, { roles: ['officer'], unitCode: 'BNH.QDTPT', fetch: fake.fetch });
    expect(await screen.findByText('Đã ký: 1/12 đơn vị')).toBeInTheDocument();
    expect(within(screen.getByTestId('covenant-missing')).getByText('Sở Công thương')).toBeInTheDocument();
    expect(screen.getByText('Nguyễn Văn A — Giám đốc')).toBeInTheDocument();
    expect(screen.getByText('29/03/2024')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ký giao ước' })).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Kết thúc giao ước' }));
    const dialog = await screen.findByRole('dialog');
    const ok = within(dialog).getByRole('button', { name: 'Kết thúc giao ước' });
    expect(ok).toBeDisabled();
    fireEvent.change(within(dialog).getByLabelText('Lý do'), { target: { value: 'Vắng mặt tại hội nghị' } });
    await user.click(ok);
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = fake.requests.find((r) => r.method === 'POST')!;
    expect(post.headers.get('If-Match')).toBe('"c3"');
    expect(post.body).toEqual({ status: 'SIGNED', reason: 'Vắng mặt tại hội nghị' });
  });

  it('lets a member sign for its own unit with the date on the paper', async () => {
    const missing = [{ id: 21, code: 'BNH.SCT', name: 'Sở Công thương' }];
    const fake = createFakeApi({
      'GET /api/v1/terms/8/covenants': () => json({ items: [covenant('CIRCULATED', ['SIGN'], missing)], page: 0, size: 20, total: 1 }),
      'POST /api/v1/covenants/3/signatures': () => json({}, { status: 201 }),
    });
    renderScreen(<CovenantSection term={{ ...term, permissions: [] }} />, { roles: ['officer'], unitCode: 'BNH.SCT', fetch: fake.fetch });
    fireEvent.change(await screen.findByLabelText('Người ký'), { target: { value: 'Trần Thị B' } });
    fireEvent.change(screen.getByLabelText('Chức vụ'), { target: { value: 'Giám đốc' } });
    fireEvent.change(screen.getByLabelText('Ngày ký'), { target: { value: '2024-03-29' } });
    expect(screen.queryByRole('button', { name: 'Kết thúc giao ước' })).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ký giao ước' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    expect(fake.requests.find((r) => r.method === 'POST')!.body).toEqual({
      unitId: 21,
      signerName: 'Trần Thị B',
      signerTitle: 'Giám đốc',
      signedOn: '2024-03-29',
    });
  });
});
