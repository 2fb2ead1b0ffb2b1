import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { StatusChangeModal } from '@/features/terms/components/status-change-modal';
import { DEFAULT_RULES, type Term } from '@/features/terms/types';

const term: Term = {
  id: 9,
  blocId: 2,
  blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
  blocKind: 'KHOI',
  provinceId: 6,
  provinceCode: '06',
  provinceName: 'Bắc Kạn',
  year: 2023,
  status: 'PLANNING',
  rules: DEFAULT_RULES,
  memberCount: 11,
  recordedFromSources: false,
  version: 7,
  permissions: [],
};

describe('term status change', () => {
  it('proposes the next status and sends the read ETag as If-Match', async () => {
    const user = userEvent.setup();
    const fake = createFakeApi({ 'POST /api/v1/terms/9/status': () => json({ ...term, status: 'ACTIVE', version: 8 }) });
    let closed = false;
    renderScreen(<StatusChangeModal term={{ data: term, etag: '"7"' }} open onClose={() => (closed = true)} onReload={() => undefined} />, {
      roles: ['admin'],
      fetch: fake.fetch,
    });
    const dialog = await screen.findByRole('dialog', { name: 'Chuyển trạng thái' });
    expect(within(dialog).getByTitle('Đang thi đua')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Lý do'), 'Đã ký giao ước');
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(fake.requests[0]?.headers.get('If-Match')).toBe('"7"');
    expect(fake.requests[0]?.body).toEqual({ status: 'ACTIVE', reason: 'Đã ký giao ước' });
  });
});
