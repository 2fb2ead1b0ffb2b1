// (2) Officer bk.sct (unit BKN.SCT, a MEMBER) sees its bloc on the home page, finds no edit
// controls, and the API refuses a forced write (403).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  BASE_URL,
  KEYCLOAK_URL,
  addMember,
  apiCall,
  createBloc,
  createTerm,
  ensureUnit,
  navigate,
  openBrowser,
  provinceIdOf,
  screenshot,
  seedCases,
  settle,
  signIn,
  uniq,
} from './lib/harness.mjs';

test('officer sees its bloc at home, no edit controls, and a forced write is refused', async () => {
  const run = uniq();
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date()));
  const seeds = seedCases();
  // In its own province (Bắc Kạn, 06): the officer's token names it, and the unit is found by province and code.
  const seedSct = seeds.units.find((u) => u.code === 'BKN.SCT');
  const sct = await ensureUnit({ ...seedSct, provinceId: await provinceIdOf(seedSct.province) });

  // BKN.SCT's bloc this year: reuse it when an earlier run made one, else create bloc, term, members.
  let termId;
  let blocName;
  const current = (await apiCall('GET', `/api/v1/terms?unitId=${sct.id}&year=${year}`, { expect: 200 })).json.items[0];
  if (current) {
    termId = current.id;
    blocName = current.blocName;
  } else {
    const leader = await ensureUnit({ code: `E2E.L${run}`, name: `Đơn vị trưởng khối ${run}`, kind: 'SO', activeFrom: '2020-01-01', provinceId: sct.provinceId });
    blocName = `Khối thi đua e2e cán bộ ${run}`;
    const bloc = await createBloc(blocName, { provinceId: sct.provinceId });
    const term = await createTerm(bloc.id, year);
    termId = term.id;
    await addMember(termId, leader.id, 'LEADER');
    await addMember(termId, sct.id, 'MEMBER');
  }

  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'bk.sct');
    await page.getByRole('heading', { level: 1, name: 'Đơn vị của tôi' }).waitFor();
    const home = page.getByTestId('home-term');
    await home.waitFor();
    await home.getByRole('link', { name: blocName }).waitFor();
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await screenshot(page, 'officer-home');
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    assert.match(await home.textContent(), /Thành viên/);
    assert.match(await page.locator('main').textContent(), /Sở Công Thương/);

    // No edit controls anywhere.
    await navigate(page, '/units');
    await settle(page);
    assert.equal(await page.getByRole('link', { name: 'Thêm đơn vị' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: /^Sửa/ }).count(), 0);
    await navigate(page, '/blocs');
    await settle(page);
    assert.equal(await page.getByRole('link', { name: 'Thêm khối, cụm' }).count(), 0);
    await navigate(page, `/terms/${termId}`);
    await page.getByTestId('members-table').waitFor();
    // Reading is enough to print the official list of members.
    const [roster] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải danh sách (PDF)' }).click()]);
    assert.equal(roster.suggestedFilename(), `Danh sách thành viên ${blocName} năm ${year}.pdf`);
    assert.equal((await readFile(await roster.path())).subarray(0, 5).toString('latin1'), '%PDF-');
    const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bảng tính (Excel)' }).click()]);
    assert.equal(sheet.suggestedFilename(), `Danh sách thành viên ${blocName} năm ${year}.xlsx`);
    assert.equal((await readFile(await sheet.path())).subarray(0, 2).toString('latin1'), 'PK', 'an XLSX is a zip');
    assert.equal(await page.getByRole('button', { name: 'Chuyển trạng thái' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /Đổi vai trò/ }).count(), 0);
    assert.equal(await page.getByRole('heading', { name: 'Thêm thành viên' }).count(), 0);
    await navigate(page, '/blocs/new');
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await screenshot(page, 'officer-forbidden');

    // Signing out ends the Keycloak session too: signing in again asks for the password.
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((url) => url.href.startsWith(BASE_URL) && url.pathname === '/');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL));
    await page.locator('#password').waitFor();
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }

  // The API refuses a forced write with the officer's own token.
  const forced = await apiCall('POST', '/api/v1/blocs', { as: 'bk.sct', body: { name: `Khối trái phép ${run}`, kind: 'KHOI' } });
  assert.equal(forced.status, 403);
  const read = await apiCall('GET', `/api/v1/terms/${termId}`, { expect: 200 });
  const put = await apiCall('PUT', `/api/v1/terms/${termId}`, { as: 'bk.sct', ifMatch: read.etag, body: { rules: read.json.rules } });
  assert.equal(put.status, 403);
});
