// (7) Provinces: the list finds a province by a name without diacritics, shows which ones the 2025
// reorganisation merged, and a province's page lists where it came from / went, with the decision;
// the units list filters by province and names each unit's province.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, navigate, openBrowser, screenshot, settle, signIn, uniq } from './lib/harness.mjs';

test('provinces: search, the 2025 mergers, and each unit\'s province in the units list', async () => {
  const run = uniq();
  const hanam = (await apiCall('GET', '/api/v1/provinces?code=35', { expect: 200 })).json.items[0];
  // Created by the Board of Ninh Bình, whose scope includes Hà Nam's history; read by the Ministry.
  const unit = (await apiCall('POST', '/api/v1/units', {
    as: 'admin.nb',
    body: { code: `E2E.P${run}`, name: `Sở Công Thương ${run}`, kind: 'SO', activeFrom: '2008-04-01', provinceId: hanam.id },
    expect: 201,
  })).json;
  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'bnv.viewer');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tỉnh, thành phố' }).click();
    await page.locator('main h1', { hasText: 'Tỉnh, thành phố' }).waitFor();

    await page.getByLabel('Tìm theo tên (kể cả tên cũ) hoặc mã').fill('ha nam');
    await page.getByLabel('Tìm theo tên (kể cả tên cũ) hoặc mã').press('Enter');
    await page.getByText('Tổng số: 1').waitFor();
    const row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: 'Tỉnh Hà Nam' }) });
    await row.getByText('Đã sáp nhập từ 30/06/2025').waitFor();
    await page.getByRole('link', { name: 'Tỉnh Hà Nam' }).click();
    await page.locator('main h1', { hasText: 'Tỉnh Hà Nam' }).waitFor();
    await page.getByText('Sáp nhập vào').waitFor();

    await page.getByRole('link', { name: 'Tỉnh Ninh Bình' }).first().click();
    await page.locator('main h1', { hasText: 'Tỉnh Ninh Bình' }).waitFor();
    const main = page.locator('main');
    await main.getByRole('link', { name: 'Tỉnh Nam Định' }).first().waitFor();
    assert.match(await main.textContent(), /202\/2025\/QH15/);
    assert.match(await main.textContent(), /Quốc hội/);
    await settle(page);
    await screenshot(page, 'province-ninh-binh');

    // The units list names each unit's province for a national reader (the province picker in the
    // header, not a per-page filter, narrows lists: province-scope.spec.mjs covers it).
    await navigate(page, '/units');
    await page.getByLabel('Tìm theo tên hoặc mã (có dấu hoặc không dấu)').fill(unit.name);
    await page.getByLabel('Tìm theo tên hoặc mã (có dấu hoặc không dấu)').press('Enter');
    const unitRow = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: unit.name }) });
    await unitRow.getByText('Hà Nam').first().waitFor();
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
