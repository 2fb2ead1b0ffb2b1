// (7) Province scope: the Ministry (bnv, role national) picks a province in the header and the
// blocs list shows only that province's blocs; the Board admin of Bắc Ninh (admin.bn) never sees
// a Bắc Kạn bloc, and sees their own province in the header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  apiCall,
  createBloc,
  expectAccessible,
  navigate,
  openBrowser,
  pickOption,
  provinceIdOf,
  screenshot,
  settle,
  signIn,
  uniq,
} from './lib/harness.mjs';

test('a national user picks a province; another province’s admin does not see Bắc Kạn’s blocs', async () => {
  const run = uniq();
  const bacKanBloc = `Khối e2e Bắc Kạn ${run}`;
  const bacNinhBloc = `Khối e2e Bắc Ninh ${run}`;
  await createBloc(bacKanBloc, { provinceId: await provinceIdOf('06') }); // admin: Thái Nguyên, Bắc Kạn by lineage
  await apiCall('POST', '/api/v1/blocs', { as: 'admin.bn', body: { name: bacNinhBloc, kind: 'KHOI' }, expect: 201 });
  const rows = (page) => page.locator('main .ant-table-tbody tr.ant-table-row');

  const national = await openBrowser();
  try {
    const { page } = national;
    await signIn(page, 'bnv');
    await navigate(page, `/blocs?q=${run}`);
    await settle(page);
    await rows(page).filter({ hasText: bacKanBloc }).waitFor();
    await rows(page).filter({ hasText: bacNinhBloc }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Thêm khối, cụm' }).count(), 0, 'no admin actions for national');
    await pickOption(page, 'Chọn tỉnh, thành phố để xem', 'tỉnh Bắc Ninh', 'Bắc Ninh');
    await rows(page).filter({ hasText: bacKanBloc }).waitFor({ state: 'detached' });
    await settle(page);
    assert.equal(await rows(page).count(), 1, 'only Bắc Ninh’s bloc');
    assert.match(await rows(page).first().textContent(), new RegExp(bacNinhBloc));
    await screenshot(page, 'national-province-picked');
    await expectAccessible(page, 'blocs (national, Bắc Ninh picked)');
    // Remembered for the session: a reload keeps the choice.
    await page.goto(`${BASE_URL}/blocs?q=${run}`);
    await settle(page);
    await rows(page).filter({ hasText: bacNinhBloc }).waitFor();
    assert.equal(await rows(page).filter({ hasText: bacKanBloc }).count(), 0);
  } finally {
    await national.close();
  }

  const other = await openBrowser();
  try {
    const { page } = other;
    await signIn(page, 'admin.bn');
    await page.getByTestId('header-province').filter({ hasText: 'tỉnh Bắc Ninh' }).waitFor();
    await navigate(page, `/blocs?q=${run}`);
    await settle(page);
    await rows(page).filter({ hasText: bacNinhBloc }).waitFor();
    assert.equal(await rows(page).filter({ hasText: bacKanBloc }).count(), 0, 'Bắc Kạn’s bloc stays hidden');
    await navigate(page, `/blocs?q=${encodeURIComponent('Kinh tế – Kỹ thuật')}`);
    await settle(page);
    const texts = await rows(page).allTextContents();
    assert.ok(texts.every((text) => !text.includes('Bắc Kạn')), texts.join(' | '));
  } finally {
    await other.close();
  }
});
