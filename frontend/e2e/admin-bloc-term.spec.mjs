// (1) The admin creates the Bắc Kạn 2023 "Khối thi đua Kinh tế – Kỹ thuật" term with its 11 units
// through the UI (one unit, the bloc, the term and the LEADER/DEPUTY memberships by hand; the other
// units and members through the API), then sees it listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMember,
  apiCall,
  ensureUnit,
  freeUnitForYear,
  navigate,
  openBrowser,
  pickOption,
  screenshot,
  seedCases,
  settle,
  signIn,
  uniq,
} from './lib/harness.mjs';

const YEAR = 2023;

test('admin creates the Bắc Kạn 2023 term with leader and deputy, and sees it listed', async () => {
  const run = uniq();
  const seeds = seedCases();
  const bkTerm = seeds.terms.find((t) => t.year === YEAR && t.members.some((m) => m.unit === 'BKN.SXD'));
  // The units of the Bắc Kạn 2023 bloc (the seed also holds a unit of another Bắc Kạn bloc).
  const bkUnits = seeds.units.filter((u) => bkTerm.members.some((m) => m.unit === u.code));
  assert.equal(bkUnits.length, 11);
  const uiUnit = bkUnits.find((u) => u.code === 'BKN.VQGBB');

  // Every unit but one through the API (idempotent), then free them for 2023 (earlier runs).
  const units = new Map();
  for (const unit of bkUnits.filter((u) => u !== uiUnit)) units.set(unit.code, await ensureUnit(unit));
  const existingUi = (await apiCall('GET', `/api/v1/units?code=${uiUnit.code}`, { expect: 200 })).json.items.find((u) => u.code === uiUnit.code);
  for (const unit of [...units.values(), ...(existingUi ? [existingUi] : [])]) await freeUnitForYear(unit.id, YEAR);

  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');

    // One unit through the UI (when the database does not have it yet).
    if (existingUi) {
      units.set(uiUnit.code, existingUi);
    } else {
      await navigate(page, '/units/new');
      await page.getByLabel('Mã định danh').fill(uiUnit.code);
      await page.getByLabel('Tên đơn vị').fill(uiUnit.name);
      await pickOption(page, 'Loại', 'Ban');
      await page.getByLabel('Hoạt động từ ngày').fill('01/01/1997');
      await page.getByRole('button', { name: 'Tạo mới' }).click();
      await page.getByRole('heading', { level: 1, name: uiUnit.name }).waitFor();
      const id = Number(new URL(page.url()).pathname.split('/').pop());
      units.set(uiUnit.code, (await apiCall('GET', `/api/v1/units/${id}`, { expect: 200 })).json);
    }

    // The bloc through the UI.
    const blocName = `${seeds.blocs[0].name} ${run}`;
    await navigate(page, '/blocs/new');
    await page.getByLabel('Tên khối, cụm').fill(blocName);
    await page.getByLabel('Mô tả').fill(seeds.blocs[0].description);
    await page.getByRole('button', { name: 'Tạo mới' }).click();
    await page.getByRole('heading', { level: 1, name: blocName }).waitFor();
    await screenshot(page, 'admin-bloc-created');

    // The 2023 term through the UI, from the bloc page.
    await page.getByRole('link', { name: 'Thêm năm thi đua' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thêm năm thi đua' }).waitFor();
    await page.getByLabel('Năm', { exact: true }).fill(String(YEAR));
    await page.getByLabel('Số văn bản').fill(bkTerm.decision.number);
    await page.getByLabel('Ngày ban hành').fill('16/01/2023');
    await page.getByLabel('Cơ quan ban hành').fill(bkTerm.decision.issuer);
    await page.getByLabel('Trích yếu').fill(bkTerm.decision.title);
    await page.getByRole('button', { name: 'Tạo mới' }).click();
    await page.getByRole('heading', { level: 1, name: `${blocName} — năm ${YEAR}` }).waitFor();
    const termId = Number(new URL(page.url()).pathname.split('/').pop());
    assert.ok(termId > 0);

    // LEADER and DEPUTY through the UI.
    for (const [code, roleLabel] of [
      ['BKN.SXD', 'Trưởng khối'],
      ['BKN.BQLDA.NN', 'Phó trưởng khối'],
    ]) {
      const unit = units.get(code);
      await pickOption(page, 'Chọn đơn vị', `(${code})`, code);
      await pickOption(page, 'Vai trò', roleLabel);
      await page.getByRole('button', { name: 'Thêm thành viên' }).click();
      await page.getByTestId('members-table').getByRole('link', { name: unit.name }).waitFor();
    }

    // The other nine members through the API.
    for (const member of bkTerm.members.filter((m) => m.role === 'MEMBER')) {
      await addMember(termId, units.get(member.unit).id, 'MEMBER');
    }

    await page.reload();
    await page.getByTestId('members-table').waitFor({ timeout: 30_000 }).catch(async () => {
      // After a full reload the in-memory session is restored silently; sign in again if not.
      await signIn(page, 'admin');
      await navigate(page, `/terms/${termId}`);
    });
    await page.getByTestId('members-table').waitFor();
    assert.equal(await page.getByTestId('members-table').locator('tbody tr.ant-table-row').count(), 11);
    assert.match(await page.getByTestId('term-leader').textContent(), /Sở Xây dựng/);
    assert.match(await page.getByTestId('term-deputy').textContent(), /BKN\.BQLDA\.NN/);
    await screenshot(page, 'admin-term-bac-kan-2023');

    const term = (await apiCall('GET', `/api/v1/terms/${termId}`, { expect: 200 })).json;
    assert.equal(term.leader?.code, 'BKN.SXD');
    assert.equal(term.deputy?.code, 'BKN.BQLDA.NN');
    assert.equal(term.memberCount, 11);
    assert.equal(term.decision?.number, bkTerm.decision.number);

    // Units are found with or without diacritics.
    await navigate(page, '/units');
    await page.getByLabel(/Tìm theo tên hoặc mã/).fill('vuon quoc gia ba be');
    await page.getByLabel(/Tìm theo tên hoặc mã/).press('Enter');
    await page.getByRole('link', { name: 'Ban Quản lý Vườn Quốc gia Ba Bể', exact: true }).waitFor();

    // Listed: the blocs list finds it (search without diacritics), and the bloc shows its 2023 term.
    await navigate(page, '/blocs');
    await page.getByLabel('Tìm theo tên khối, cụm').fill(`ky thuat ${run.toLowerCase()}`);
    await page.getByLabel('Tìm theo tên khối, cụm').press('Enter');
    await page.getByRole('link', { name: blocName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: blocName }).waitFor();
    await settle(page);
    await page.getByRole('link', { name: String(YEAR), exact: true }).waitFor();
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
