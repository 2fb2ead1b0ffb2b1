// (10) A mid-year merger into a NEW unit from the SPA: the merged unit leads an ACTIVE term, the
// server refuses and lists the term, the admin chooses to hand the role to the successor; the new
// unit's page then shows the "Lịch sử kế thừa" section with its predecessor and that term (bloc,
// year, role), and the term's leader is the new unit; withdrawing the merger (with a reason) hands the
// role back and empties the lineage. Captured at 1440 and 360 px; axe-checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addMember,
  apiCall,
  createBloc,
  createTerm,
  expectAccessible,
  navigate,
  openBrowser,
  pickOption,
  screenshot,
  settle,
  signIn,
  uniq,
} from './lib/harness.mjs';

test('admin merges a leading unit into a new unit, hands over the role and sees the lineage', async () => {
  const run = uniq();
  const oldName = `Sở Giao thông Vận tải ${run}`;
  const newName = `Sở Xây dựng và Giao thông ${run}`;
  const newCode = `E2E.N${run}`;
  const blocName = `Khối Kinh tế ${run}`;
  const merged = (await apiCall('POST', '/api/v1/units', {
    body: { code: `E2E.M${run}`, name: oldName, kind: 'SO', activeFrom: '2010-01-01' },
    expect: 201,
  })).json;
  const bloc = await createBloc(blocName);
  const term = await createTerm(bloc.id, 2025);
  await addMember(term.id, merged.id, 'LEADER');
  const read = await apiCall('GET', `/api/v1/terms/${term.id}`, { expect: 200 });
  await apiCall('POST', `/api/v1/terms/${term.id}/status`, { body: { status: 'ACTIVE' }, ifMatch: read.etag, expect: 200 });

  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');
    await navigate(page, `/units/${merged.id}`);
    await settle(page);
    await page.getByRole('button', { name: 'Ghi nhận sắp xếp' }).click();
    const dialog = page.getByRole('dialog');
    await pickOption(page, 'Hình thức', 'Hợp nhất, sáp nhập');
    await dialog.getByText('Thành lập đơn vị mới').click();
    await dialog.getByLabel('Mã định danh đơn vị mới').fill(newCode);
    await dialog.getByLabel('Tên đơn vị mới').fill(newName);
    await dialog.getByLabel('Ngày hiệu lực').fill('01/07/2025');
    await dialog.getByLabel('Số văn bản').fill('1290/QĐ-UBND');
    await dialog.getByLabel('Ngày ban hành').fill('30/06/2025');
    await dialog.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Thái Nguyên');
    await dialog.getByRole('button', { name: 'Lưu' }).click();

    // Refused: the merged unit leads the ACTIVE 2025 term; the term is named as users know it.
    const leads = dialog.getByTestId('leads-terms');
    await leads.waitFor();
    assert.match(await leads.textContent(), new RegExp(`${blocName} năm 2025 \\(Trưởng khối`));
    await screenshot(page, 'succession-leads-terms');
    await leads.getByRole('button', { name: 'Chuyển vai trò và lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const founded = (await apiCall('GET', `/api/v1/units?code=${encodeURIComponent(newCode)}`, { expect: 200 })).json.items[0];
    assert.ok(founded, 'the new unit exists');
    await navigate(page, `/units/${founded.id}`);
    await page.getByRole('heading', { level: 1, name: newName }).waitFor();
    const lineage = page.getByTestId('lineage');
    await lineage.getByRole('link', { name: oldName }).waitFor();
    const text = await lineage.textContent();
    assert.ok(text.includes(blocName), 'the predecessor\'s bloc is listed');
    assert.ok(text.includes('2025') && text.includes('Trưởng khối'), 'with its year and role');
    for (const width of [1440, 360]) {
      await page.setViewportSize({ width, height: 900 });
      await settle(page);
      await screenshot(page, 'unit-lineage');
      await expectAccessible(page, `/units/{id} lineage @${width}`);
    }
    const after = await apiCall('GET', `/api/v1/terms/${term.id}`, { expect: 200 });
    assert.equal(after.json.leader.id, founded.id, 'the successor leads the term');

    // Withdrawn from the successions table with a reason: the merged unit leads again, the record stays.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('button', { name: 'Thu hồi' }).click();
    const withdrawal = page.getByRole('dialog');
    await withdrawal.getByLabel('Lý do').fill('Ghi nhầm ngày hiệu lực');
    await screenshot(page, 'succession-withdraw');
    await withdrawal.getByRole('button', { name: 'Thu hồi' }).click();
    await withdrawal.waitFor({ state: 'hidden' });
    await page.getByText('Đã thu hồi', { exact: true }).first().waitFor();
    await lineage.getByText('Không có đơn vị tiền thân').waitFor();
    const back = await apiCall('GET', `/api/v1/terms/${term.id}`, { expect: 200 });
    assert.equal(back.json.leader.id, merged.id, 'the merged unit leads the term again');
    const unit = await apiCall('GET', `/api/v1/units/${merged.id}`, { expect: 200 });
    assert.equal(unit.json.activeTo, undefined, 'the merged unit is active again');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
