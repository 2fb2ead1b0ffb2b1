import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { todayIso } from '@/lib/format/date';
import { TermDetailPage } from '@/features/terms/components/term-detail-page';
import { DEFAULT_RULES, mayRecordFromSources, type Term } from '@/features/terms/types';

const SOURCE = 'Bài viết “Hà Nam: Khối thi đua kinh tế ngành tỉnh sơ kết công tác thi đua 6 tháng đầu năm 2013”';
const term: Term = {
  id: 5,
  blocId: 3,
  blocName: 'Khối thi đua kinh tế ngành',
  blocKind: 'KHOI',
  provinceId: 35,
  provinceCode: '35',
  provinceName: 'Hà Nam',
  year: 2013,
  status: 'PLANNING',
  rules: DEFAULT_RULES,
  memberCount: 0,
  recordedFromSources: false,
  version: 1,
  permissions: [],
};

function api(data: Term) {
  return createFakeApi({
    'GET /api/v1/terms/5': () => json(data, { etag: '"seen"' }),
    'GET /api/v1/terms/5/memberships': () => json({ items: [], page: 0, size: 100, total: 0 }),
    'GET /api/v1/terms/5/decision-files': () => json([]),
    'POST /api/v1/terms/5/record-from-sources': () =>
      json({ ...data, status: 'CLOSED', recordedFromSources: true, sourcesReason: SOURCE }, { etag: '"after"' }),
  });
}

describe('a past year recorded from sources', () => {
  it('offers the action only for past years that are not closed', () => {
    const year = Number(todayIso().slice(0, 4));
    expect(mayRecordFromSources({ year: year - 1, status: 'PLANNING' }, todayIso())).toBe(true);
    expect(mayRecordFromSources({ year, status: 'PLANNING' }, todayIso())).toBe(false);
    expect(mayRecordFromSources({ year: 2013, status: 'CLOSED' }, todayIso())).toBe(false);
  });

  it('sends the status and the citation with the ETag the admin saw', async () => {
    const user = userEvent.setup();
    const fake = api(term);
    renderScreen(<TermDetailPage />, { roles: ['admin'], fetch: fake.fetch, path: '/terms/5', route: '/terms/:id' });
    await user.click(await screen.findByRole('button', { name: 'Ghi nhận theo tài liệu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận theo tài liệu' });
    expect(within(dialog).getByTitle('Đã kết thúc')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    expect(await within(dialog).findByText('Bắt buộc nhập')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Lý do, nguồn tài liệu (bắt buộc)'), SOURCE);
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST')).toBe(true));
    const post = fake.requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"seen"');
    expect(post?.body).toEqual({ status: 'CLOSED', reason: SOURCE });
  });

  it('shows the mark and the citation, and no action to an officer', async () => {
    const recorded = { ...term, status: 'CLOSED' as const, recordedFromSources: true, sourcesReason: SOURCE };
    renderScreen(<TermDetailPage />, { roles: ['officer'], fetch: api(recorded).fetch, path: '/terms/5', route: '/terms/:id' });
    expect(await screen.findByTestId('from-sources')).toHaveTextContent('Ghi nhận theo tài liệu');
    expect(screen.getByTestId('term-sources-reason')).toHaveTextContent(SOURCE);
    expect(screen.queryByRole('button', { name: 'Ghi nhận theo tài liệu' })).not.toBeInTheDocument();
  });
});
