// (10) The units list finds a department by its usual abbreviation as well as by its full name,
// with or without diacritics: "NN&PTNT", "nnptnt" and "nong nghiep" all find "Sở Nông nghiệp và
// Phát triển nông thôn"; "BQL" finds "Ban Quản lý …".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, navigate, openBrowser, signIn, uniq } from './lib/harness.mjs';

const SEARCH = 'Tìm theo tên hoặc mã (có dấu hoặc không dấu)';

test('the units search finds abbreviations and full names', async () => {
  const run = uniq();
  const snn = (await apiCall('POST', '/api/v1/units', {
    body: { code: `E2E.NN${run}`, name: `Sở Nông nghiệp và Phát triển nông thôn ${run}`, kind: 'SO', activeFrom: '1997-01-01' },
    expect: 201,
  })).json;
  const bql = (await apiCall('POST', '/api/v1/units', {
    body: { code: `E2E.BQL${run}`, name: `Ban Quản lý các khu công nghiệp ${run}`, kind: 'BAN', activeFrom: '2005-01-01' },
    expect: 201,
  })).json;
  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');
    await navigate(page, '/units');
    const search = page.getByLabel(SEARCH);
    for (const q of [`NN&PTNT ${run}`, `nnptnt ${run}`, `nong nghiep va phat trien nong thon ${run}`]) {
      await search.fill(q);
      await search.press('Enter');
      await page.locator('tbody tr').filter({ has: page.getByRole('link', { name: snn.name }) }).waitFor();
      // The unfiltered list may show both units at first: wait for the search's answer to drop the other one.
      await page.getByRole('link', { name: bql.name, exact: true }).waitFor({ state: 'detached' });
    }
    await search.fill(`BQL các KCN ${run}`);
    await search.press('Enter');
    await page.locator('tbody tr').filter({ has: page.getByRole('link', { name: bql.name }) }).waitFor();
    await page.getByRole('link', { name: snn.name, exact: true }).waitFor({ state: 'detached' });
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
