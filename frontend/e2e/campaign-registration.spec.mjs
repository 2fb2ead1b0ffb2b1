// Bắc Kạn 2023 (seed 1): the year's campaign launched by Văn bản số 409/TĐKT-KTKT ngày 14/3/2023 with all
// 11 units registered; then a new campaign as the leader (bk.sxd) sees it — draft, launch, who has not
// registered — and as a member (bk.sct) — register, submit after the deadline (flagged late) — and the
// leader accepts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible, navigate, openBrowser, screenshot, settle, signIn, uniq } from './lib/harness.mjs';
import { loadSeedCases, seedTermId } from './lib/year.mjs';

test('Bắc Kạn 2023: the leader launches a campaign, a member registers late, the leader accepts', async () => {
  loadSeedCases();
  const term = await seedTermId('Khối thi đua Kinh tế – Kỹ thuật', 2023);
  const title = `Phong trào chuyên đề e2e ${uniq()}`;

  const leader = await openBrowser();
  const member = await openBrowser({ width: 390, height: 844 });
  try {
    await signIn(leader.page, 'bk.sxd');
    await navigate(leader.page, `/terms/${term}`);
    await settle(leader.page);
    const seedCard = leader.page.locator('[data-testid^="campaign-"]').filter({ hasText: '409/TĐKT-KTKT' }).first();
    await seedCard.getByText('Đã đăng ký: 11/11 đơn vị').waitFor();
    await seedCard.getByText('Tất cả đơn vị đã đăng ký').waitFor();
    await seedCard.getByText('14/03/2023').first().waitFor();

    await leader.page.getByRole('button', { name: 'Soạn phong trào' }).click();
    const form = leader.page.getByRole('form', { name: 'Soạn phong trào' });
    await form.getByLabel('Tên phong trào').fill(title);
    await form.getByLabel('Số văn bản phát động').fill('15/TĐKT-KTKT');
    await form.getByLabel('Ngày văn bản').fill('2023-05-02');
    await form.getByLabel('Cơ quan ban hành').fill('Khối thi đua Kinh tế – Kỹ thuật');
    await form.getByLabel('Hạn đăng ký').fill('2023-05-31');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const card = leader.page.locator('[data-testid^="campaign-"]').filter({ hasText: title });
    await card.getByText('Dự thảo').waitFor();
    await card.getByRole('button', { name: 'Phát động', exact: true }).click();
    await card.getByText('Đã phát động').waitFor();
    await card.getByText('Đã đăng ký: 0/11 đơn vị').waitFor();
    await card.getByTestId('missing-units').getByText('Sở Công Thương').waitFor();
    await expectAccessible(leader.page, 'term page with campaigns (leader)');
    await screenshot(leader.page, 'campaign-leader');

    await signIn(member.page, 'bk.sct');
    await navigate(member.page, `/terms/${term}`);
    await settle(member.page);
    const mine = member.page.locator('[data-testid^="campaign-"]').filter({ hasText: title });
    assert.equal(await member.page.getByRole('button', { name: 'Soạn phong trào' }).count(), 0, 'a member drafts no campaign');
    assert.equal(await mine.getByRole('button', { name: 'Phát động', exact: true }).count(), 0);
    await mine.getByLabel('Chỉ tiêu đăng ký').fill('Hoàn thành xuất sắc nhiệm vụ; giải ngân 100% vốn được giao');
    await mine.getByRole('button', { name: 'Đăng ký (lưu dự thảo)' }).click();
    const row = mine.getByTestId('registration-BKN.SCT');
    await row.getByRole('button', { name: 'Gửi đăng ký' }).click();
    await row.getByText('Đã gửi').waitFor();
    await row.getByText('Gửi muộn').waitFor();
    await screenshot(member.page, 'campaign-member');

    // back to the term's page (a client-side navigation keeps the session): its lists are read again
    await navigate(leader.page, '/');
    await navigate(leader.page, `/terms/${term}`);
    await settle(leader.page);
    const leaderRow = leader.page.locator('[data-testid^="campaign-"]').filter({ hasText: title }).getByTestId('registration-BKN.SCT');
    await leaderRow.getByText('Gửi muộn').waitFor();
    await leaderRow.getByRole('button', { name: 'Chấp nhận' }).click();
    await leaderRow.getByText('Đã chấp nhận').waitFor();
  } finally {
    await leader.close();
    await member.close();
  }
});
