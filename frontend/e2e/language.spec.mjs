// (3) Switching to English changes the UI text and the page language, and is remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, openBrowser, signIn } from './lib/harness.mjs';

test('switching to English changes UI text, lang, and is remembered', async () => {
  const browser = await openBrowser();
  const { page } = browser;
  try {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');

    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.locator('main h1').textContent(), 'Welcome to ThiĐua');

    await page.reload();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();

    await signIn(page, 'viewer');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Emulation blocs' }).waitFor();
    assert.equal(await page.locator('main h1').textContent(), 'My unit');

    await page.getByTestId('language-switch').click();
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khối, cụm thi đua' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
