// The scans of a term's decision: an admin uploads a PDF and sees its SHA-256, a file that only
// claims to be a PDF is refused in plain words, a second upload supersedes the first (both kept),
// the download is byte for byte what was uploaded, and a viewer can download but not upload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createBloc, createTerm, navigate, openBrowser, screenshot, signIn, uniq } from './lib/harness.mjs';

function pdf(text) {
  // A minimal PDF: its magic bytes are what the server checks, not the file name.
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

test('an admin uploads, supersedes and downloads a decision scan; a viewer only downloads', async () => {
  const run = uniq();
  const bloc = await createBloc(`Khối e2e bản quét ${run}`);
  const term = await createTerm(bloc.id, 2024);
  const first = pdf(`Quyết định ${run} bản 1`);
  const second = pdf(`Quyết định ${run} bản 2, đã đóng dấu`);
  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');
    await navigate(page, `/terms/${term.id}`);
    const files = page.getByRole('heading', { level: 2, name: 'Bản quét quyết định' });
    await files.waitFor();
    await page.getByText('Chưa có bản quét quyết định').waitFor();

    // Only the content counts: HTML named .pdf is refused with the server's reason.
    await page.getByLabel('Chọn tệp').setInputFiles({ name: 'gia-mao.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Không tải lên được' });
    await refusal.waitFor();
    assert.doesNotMatch(await refusal.textContent(), /null|undefined|FILE_TYPE/);

    await page.getByLabel('Chọn tệp').setInputFiles({ name: `qd-${run}.pdf`, mimeType: 'application/pdf', buffer: first });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText(`SHA-256: ${sha256(first)}`).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Tải lên bản thay thế' }).waitFor();

    await page.getByLabel('Chọn tệp').setInputFiles({ name: `qd-${run}-dong-dau.pdf`, mimeType: 'application/pdf', buffer: second });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText(`SHA-256: ${sha256(second)}`).waitFor();
    const list = page.getByTestId('decision-files');
    await list.getByText('Đã được thay thế').waitFor();
    assert.equal(await list.getByText('Bản hiện hành').count(), 1);
    assert.equal(await page.getByText(`SHA-256: ${sha256(first)}`).count(), 1, 'the superseded scan is kept');
    await screenshot(page, 'decision-files-superseded');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Tải về qd-${run}.pdf` }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `qd-${run}.pdf`);
    assert.equal(sha256(await readFile(await download.path())), sha256(first));
    assert.deepEqual(browser.errors.filter((e) => !/415/.test(e)), []);
  } finally {
    await browser.close();
  }

  const viewer = await openBrowser();
  try {
    await signIn(viewer.page, 'viewer');
    await navigate(viewer.page, `/terms/${term.id}`);
    await viewer.page.getByText(`SHA-256: ${sha256(second)}`).waitFor();
    assert.equal(await viewer.page.getByLabel('Chọn tệp').count(), 0, 'a viewer has no upload');
    const [download] = await Promise.all([
      viewer.page.waitForEvent('download'),
      viewer.page.getByRole('button', { name: `Tải về qd-${run}-dong-dau.pdf` }).click(),
    ]);
    assert.equal(sha256(await readFile(await download.path())), sha256(second));
  } finally {
    await viewer.close();
  }
});
