// (4) A stale edit: the entity changes through the API after the form loaded; saving shows the
// conflict in plain words, and reloading takes the latest version, which then saves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, createBloc, navigate, openBrowser, screenshot, signIn, uniq } from './lib/harness.mjs';

test('a stale edit shows the conflict message and reload recovers', async () => {
  const run = uniq();
  const bloc = await createBloc(`Khối e2e xung đột ${run}`, { description: 'Mô tả ban đầu' });
  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');
    await navigate(page, `/blocs/${bloc.id}/edit`);
    const description = page.getByLabel('Mô tả');
    await description.waitFor();
    assert.equal(await description.inputValue(), 'Mô tả ban đầu');

    // Someone else changes the bloc after the form loaded.
    const read = await apiCall('GET', `/api/v1/blocs/${bloc.id}`, { expect: 200 });
    await apiCall('PUT', `/api/v1/blocs/${bloc.id}`, {
      ifMatch: read.etag,
      body: { name: read.json.name, kind: read.json.kind, status: read.json.status, description: 'Người khác đã sửa' },
      expect: 200,
    });

    await description.fill('Thay đổi của tôi');
    await page.getByRole('button', { name: 'Lưu' }).click();
    const conflict = page.getByTestId('conflict-alert');
    await conflict.waitFor();
    assert.match(await conflict.textContent(), /Dữ liệu đã được người khác thay đổi/);
    await screenshot(page, 'stale-edit-conflict');
    const unchanged = await apiCall('GET', `/api/v1/blocs/${bloc.id}`, { expect: 200 });
    assert.equal(unchanged.json.description, 'Người khác đã sửa');

    await page.getByRole('button', { name: 'Tải lại dữ liệu mới nhất' }).click();
    await page.waitForFunction(() => document.querySelector('textarea')?.value === 'Người khác đã sửa');
    assert.equal(await page.getByTestId('conflict-alert').count(), 0);
    await page.getByLabel('Mô tả').fill('Thay đổi của tôi, sau khi tải lại');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('heading', { level: 1, name: bloc.name }).waitFor();
    const saved = await apiCall('GET', `/api/v1/blocs/${bloc.id}`, { expect: 200 });
    assert.equal(saved.json.description, 'Thay đổi của tôi, sau khi tải lại');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
