// (9) A past year recorded from sources: the admin of the province records a 2019 term, whose
// leader no source names, as closed with the citation; the term page and the bloc's term list show
// the mark, the citation shows on the term page, and the audit trail keeps it as the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, createBloc, createTerm, navigate, openBrowser, screenshot, settle, signIn, uniq } from './lib/harness.mjs';

const SOURCE = 'Báo cáo tổng kết năm 2019 của Ban Thi đua - Khen thưởng tỉnh (lưu trữ): khối đã tổng kết; không tài liệu nào ghi Trưởng khối.';

test('admin records a past year from sources; the mark shows on the term and in the bloc\'s list', async () => {
  const run = uniq();
  const bloc = await createBloc(`Khối thi đua Kinh tế – Kỹ thuật ${run}`);
  const term = await createTerm(bloc.id, 2019);
  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');
    await navigate(page, `/terms/${term.id}`);
    await page.getByRole('button', { name: 'Ghi nhận theo tài liệu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận theo tài liệu' });
    await dialog.getByLabel('Lý do, nguồn tài liệu (bắt buộc)').fill(SOURCE);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('from-sources').first().waitFor();
    assert.equal(await page.getByTestId('term-sources-reason').textContent(), SOURCE);
    await page.getByText('Đã kết thúc').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ghi nhận theo tài liệu' }).count(), 0);
    await settle(page);
    await screenshot(page, 'term-recorded-from-sources');

    await navigate(page, `/blocs/${bloc.id}`);
    const row = page.locator('tbody tr').filter({ has: page.getByRole('link', { name: '2019' }) });
    await row.getByTestId('from-sources').waitFor();

    const events = (await apiCall('GET', `/api/v1/audit-events?entityType=Term&entityId=${term.id}&size=1`, { expect: 200 })).json;
    assert.equal(events.items[0].operation, 'FROM_SOURCES');
    assert.equal(events.items[0].reason, SOURCE);
  } finally {
    await browser.close();
  }
});
