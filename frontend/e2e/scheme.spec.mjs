// Scoring schemes (thang điểm) of the year, on the Bắc Kạn 2023 seed term (seed 1):
// - the leader's officer (bk.sxd) drafts a scheme (one group, one criterion), sees it marked as adding up,
//   and records it adopted at the held mid-year review of 6/7/2023;
// - a member's officer (bk.sct, on a phone) sees the adopted scheme read-only, with no button to change it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, navigate, openBrowser, pickOption, screenshot, settle, signIn, uniq } from './lib/harness.mjs';
import { loadSeedCases, seedTermId } from './lib/year.mjs';

const BK_BLOC = 'Khối thi đua Kinh tế – Kỹ thuật';
const BK_SEED_CONFERENCE = 'Hội nghị sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023';

/** The term page's scheme version row with this title. */
const schemeRow = (page, title) => page.getByTestId('schemes').locator('.ant-list-item').filter({ hasText: title }).first();

test('Bắc Kạn 2023: the leader drafts a scoring scheme and adopts it at a held conference; a member reads it', async () => {
  loadSeedCases();
  const term = await seedTermId(BK_BLOC, 2023);
  const run = uniq();
  const title = `Bảng tiêu chí chấm điểm thi đua e2e ${run}`;
  const criterion = `Hoàn thành các chỉ tiêu, nhiệm vụ được giao (e2e ${run})`;

  const leader = await openBrowser();
  const member = await openBrowser({ width: 390, height: 844 });
  try {
    await signIn(leader.page, 'bk.sxd');
    await navigate(leader.page, `/terms/${term}`);
    await settle(leader.page);
    const page = leader.page;

    // draft
    await page.getByRole('button', { name: 'Soạn thang điểm' }).click();
    const form = page.getByRole('dialog', { name: 'Soạn thang điểm' });
    await form.getByLabel('Tên thang điểm').fill(title);
    await form.getByRole('button', { name: 'Thêm nhóm' }).click();
    await form.getByLabel('Mã nhóm').fill('I');
    await form.getByLabel('Tên nhóm').fill('Thực hiện nhiệm vụ chính trị');
    await form.getByLabel('Điểm tối đa của nhóm').fill('100');
    await form.getByRole('button', { name: 'Thêm tiêu chí' }).click();
    await form.getByLabel('Mã tiêu chí').fill('1.1');
    await form.getByLabel('Nội dung tiêu chí').fill(criterion);
    await form.getByLabel('Điểm tối đa', { exact: true }).fill('100');
    await form.getByLabel('Hướng dẫn chấm').fill('Hoàn thành 100% chỉ tiêu được tối đa; mỗi chỉ tiêu không đạt trừ 2 điểm.');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });

    const row = schemeRow(page, title);
    await row.getByText('Dự thảo').first().waitFor();
    // open unless it is the current version (the newest when none is adopted yet), which opens by itself
    const toggle = row.getByRole('button', { name: /: Phiên bản \d+$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await row.getByText(criterion).waitFor();
    await row.getByText('Tổng điểm tối đa 100; các nhóm cộng lại 100').waitFor();
    assert.equal(await row.getByTestId('maxima-mismatch').count(), 0, 'the draft adds up');
    await expectAccessible(page, 'the term page with a draft scheme');

    // adopt at the held mid-year review
    await row.getByRole('button', { name: 'Thông qua' }).click();
    const adopt = page.getByRole('dialog', { name: /^Thông qua thang điểm/ });
    await pickOption(page, 'Hội nghị thông qua', BK_SEED_CONFERENCE);
    await adopt.getByRole('button', { name: 'Thông qua' }).click();
    await adopt.waitFor({ state: 'detached' });
    await row.getByText('Đã thông qua').first().waitFor();
    await row.getByText(`Thông qua tại ${BK_SEED_CONFERENCE}, ngày 06/07/2023`).waitFor();
    assert.equal(await row.getByRole('button', { name: 'Sửa' }).count(), 0, 'an adopted scheme is frozen');
    await screenshot(page, 'scheme-leader');

    // a member on a phone: reads, changes nothing
    const phone = member.page;
    await signIn(phone, 'bk.sct');
    await navigate(phone, `/terms/${term}`);
    await settle(phone);
    const theirs = schemeRow(phone, title);
    await theirs.getByText('Đã thông qua').first().waitFor();
    await theirs.getByText(criterion).waitFor();
    for (const name of ['Soạn thang điểm', 'Sửa', 'Thông qua', 'Sao thành bản mới', 'Hủy dự thảo', 'Hết hiệu lực']) {
      assert.equal(await phone.getByRole('button', { name, exact: true }).count(), 0, `a member has no «${name}»`);
    }
    await expectAccessible(phone, 'the term page on a phone with the adopted scheme');
    await screenshot(phone, 'scheme-member');
    assert.deepEqual(leader.errors, []);
    assert.deepEqual(member.errors, []);
  } catch (e) {
    await screenshot(leader.page, 'scheme-failed-leader').catch(() => undefined);
    await screenshot(member.page, 'scheme-failed-member').catch(() => undefined);
    throw e;
  } finally {
    await leader.close();
    await member.close();
  }
});
