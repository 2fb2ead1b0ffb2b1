import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { setProvinceChoice } from '@/lib/province/province-choice';
import { ProvinceIndicator } from '@/app/province-indicator';
import { BlocsPage } from '@/features/blocs/components/blocs-page';

const thaiNguyen = { id: 12, code: '19', name: 'Thái Nguyên', displayName: 'tỉnh Thái Nguyên' };
const page = (items: unknown[]) => ({ items, page: 0, size: 100, total: items.length });

function fakeApi() {
  return createFakeApi({
    'GET /api/v1/me': () =>
      json({ username: 'u', displayName: 'U', roles: [], national: false, province: thaiNguyen, memberships: [] }),
    'GET /api/v1/provinces': () =>
      json(page([
        { id: 4, code: '06', name: 'Bắc Kạn', level: 'TINH', displayName: 'tỉnh Bắc Kạn', activeFrom: '1997-01-01', activeTo: '2025-06-30', version: 0 },
        { ...thaiNguyen, level: 'TINH', activeFrom: '1997-01-01', version: 0 },
      ])),
    'GET /api/v1/blocs': () => json(page([])),
  });
}

function Screen() {
  return (
    <>
      <ProvinceIndicator />
      <BlocsPage />
    </>
  );
}

describe('province in the header', () => {
  afterEach(() => setProvinceChoice(undefined));

  it("shows a Board admin's province and sends no province filter", async () => {
    setProvinceChoice(4); // left over from a national session: ignored for everyone else
    const api = fakeApi();
    renderScreen(<Screen />, { roles: ['admin'], fetch: api.fetch });
    expect(await screen.findByTestId('header-province')).toHaveTextContent('tỉnh Thái Nguyên');
    await waitFor(() => expect(api.requests.some((r) => r.path === '/api/v1/blocs')).toBe(true));
    expect(api.requests.filter((r) => r.path === '/api/v1/blocs').every((r) => !r.search.includes('provinceId'))).toBe(true);
  });

  it('lets a national user pick a province and filters the lists by it', async () => {
    const api = fakeApi();
    renderScreen(<Screen />, { roles: ['national'], fetch: api.fetch });
    expect(await screen.findByTestId('province-select')).toBeInTheDocument();
    expect(screen.getByText('Toàn quốc (mọi tỉnh, thành phố)')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Thành lập khối|Thêm khối/ })).not.toBeInTheDocument();
    setProvinceChoice(4);
    await waitFor(() =>
      expect(api.requests.some((r) => r.path === '/api/v1/blocs' && r.search.includes('provinceId=4'))).toBe(true),
    );
    expect(await screen.findByText('tỉnh Bắc Kạn (đến 30/06/2025)')).toBeInTheDocument();
    expect(sessionStorage.getItem('thidua.provinceId')).toBe('4');
  });
});
