// (7) The admin records a RENAME on a fresh unit from its page, sees the old name in the name
// history, then opens the unit's audit trail and sees the CREATE and the UPDATE; the new screens
// (succession dialog, delete dialog, audit trail) are captured at 360 and 1440 px, and the audit
// route has no serious/critical axe findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, expectAccessible, navigate, openBrowser, screenshot, settle, signIn, uniq } from './lib/harness.mjs';

test('admin records a rename and finds it in the audit trail', async () => {
  const run = uniq();
  const oldName = `Sở Văn hóa, Thể thao và Du lịch ${run}`;
  const newName = `Sở Văn hóa và Thể thao ${run}`;
  const created = await apiCall('POST', '/api/v1/units', {
    body: { code: `E2E.R${run}`, name: oldName, kind: 'SO', activeFrom: '2015-01-01' },
    expect: 201,
  });
  const unit = created.json;

  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');

    // The dialogs at 360 px (opened, then cancelled).
    await page.setViewportSize({ width: 360, height: 900 });
    await navigate(page, `/units/${unit.id}`);
    await settle(page);
    await screenshot(page, 'unit-detail-admin');
    await page.getByRole('button', { name: 'Ghi nhận sắp xếp' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên mới').waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'succession-dialog');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Xóa' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText(/sẽ bị xóa hẳn/).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'delete-dialog');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The rename, at 1440 px.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Ghi nhận sắp xếp' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên mới').fill(newName);
    await dialog.getByLabel('Ngày hiệu lực').fill('01/03/2025');
    await dialog.getByLabel('Số văn bản').fill('45/QĐ-UBND');
    await dialog.getByLabel('Ngày ban hành').fill('20/02/2025');
    await dialog.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Bắc Kạn');
    await page.waitForTimeout(200);
    await screenshot(page, 'succession-dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: newName }).waitFor();
    await page.getByRole('cell', { name: oldName, exact: true }).waitFor();
    await settle(page);
    await screenshot(page, 'unit-detail-renamed');
    await page.getByRole('button', { name: 'Xóa' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByText(/sẽ bị xóa hẳn/).waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'delete-dialog');
    // A unit with history is refused (409), explained in plain words; it stays.
    await dialog.getByRole('button', { name: 'Xóa' }).click();
    await dialog.getByText('Không xóa được').waitFor();
    assert.match(await dialog.textContent(), /đã có lịch sử/);
    await screenshot(page, 'delete-refused');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // The unit's audit trail, from the page's link.
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).click();
    await page.waitForURL((url) => url.pathname === '/audit' && url.search === `?entityType=Unit&entityId=${unit.id}`);
    await settle(page);
    const table = page.getByTestId('audit-table');
    await table.getByText('Tạo mới').filter({ visible: true }).first().waitFor();
    await table.getByText('Cập nhật').filter({ visible: true }).first().waitFor();
    const text = await table.textContent();
    assert.ok(text.includes(oldName) && text.includes(newName), 'the update lists the old and the new name');
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      await screenshot(page, 'audit');
      await expectAccessible(page, `/audit @${width}`);
    }
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
