import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { ProvinceDetailPage } from '@/features/provinces/components/province-detail-page';

const ref = (id: number, code: string, name: string) => ({ id, code, name, level: 'TINH', displayName: `tỉnh ${name}` });

const ninhBinh = {
  id: 37, code: '37', name: 'Ninh Bình', level: 'TINH', displayName: 'Tỉnh Ninh Bình', activeFrom: '1976-07-02',
  names: [{ name: 'Ninh Bình', level: 'TINH', displayName: 'Tỉnh Ninh Bình', validFrom: '1976-07-02' }],
  successions: [{
    id: 9, kind: 'MERGE', effectiveDate: '2025-07-01',
    decision: { number: '202/2025/QH15', date: '2025-06-12', issuer: 'Quốc hội', title: 'Về việc sắp xếp đơn vị hành chính cấp tỉnh' },
    predecessors: [ref(35, '35', 'Hà Nam'), ref(36, '36', 'Nam Định'), ref(37, '37', 'Ninh Bình')],
    successors: [ref(37, '37', 'Ninh Bình')],
  }],
  version: 0,
};

describe('province detail', () => {
  it('shows the provinces merged into it, with the decision as issued', async () => {
    const fake = createFakeApi({ 'GET /api/v1/provinces/37': () => json(ninhBinh, { etag: '"0"' }) });
    renderScreen(<ProvinceDetailPage />, { roles: ['viewer'], fetch: fake.fetch, path: '/provinces/37', route: '/provinces/:id' });
    expect(await screen.findByRole('heading', { name: 'Tỉnh Ninh Bình' })).toBeInTheDocument();
    // "Hình thành từ" lists the others (not Ninh Bình itself); the successions table lists all three.
    const card = screen.getByText('Hình thành từ').closest('.ant-card') as HTMLElement;
    expect(within(card).getByRole('link', { name: 'Tỉnh Hà Nam' })).toHaveAttribute('href', '/provinces/35');
    expect(within(card).getByRole('link', { name: 'Tỉnh Nam Định' })).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: 'Tỉnh Ninh Bình' })).not.toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Tỉnh Ninh Bình' }).length).toBe(2);
    expect(screen.getByText('01/07/2025')).toBeInTheDocument();
  });
});
