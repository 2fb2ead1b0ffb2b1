// Shared helpers for the end-to-end specs: browser, Keycloak sign-in, API calls, axe, screenshots.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:4173').replace(/\/$/, '');
export const API_URL = (process.env.API_URL ?? 'http://localhost:8082').replace(/\/$/, '');
export const KEYCLOAK_URL = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
export const PASSWORD = process.env.E2E_PASSWORD ?? 'ThiDua@2026';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = fileURLToPath(new URL('../..', import.meta.url));
export const SCREENSHOT_DIR = join(root, 'e2e-output', 'screenshots');

/** A suffix that makes names and codes unique per run. */
export function uniq() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/** The Bắc Kạn 2023 seed case (units, bloc, term) from the shared seed file. */
export function seedCases() {
  return JSON.parse(readFileSync(join(root, '..', 'scripts', 'demo-data', 'seed-cases.json'), 'utf8'));
}

// --- browser ---------------------------------------------------------------------------------
/** A fresh headless Chromium with its own profile; returns { context, page, close }. */
export async function openBrowser({ width = 1440, height = 900, locale = 'vi-VN' } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width, height },
    reducedMotion: 'reduce',
    locale,
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    context,
    page,
    errors,
    async close() {
      await keepLastView(page);
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// What each browser showed when its spec closed it, for the failure report run-e2e.mjs prints (CI keeps
// only what a failed run printed): the page's accessibility tree, the same view getByRole searches.
export const LAST_VIEWS_DIR = join(root, 'e2e-output', 'last-views');
const specName = (process.argv.find((a) => a.endsWith('.spec.mjs')) ?? 'spec').split('/').pop().replace(/\.spec\.mjs$/, '');
let viewsKept = 0;
async function keepLastView(page) {
  if (viewsKept === 0) {
    mkdirSync(LAST_VIEWS_DIR, { recursive: true });
    for (const f of readdirSync(LAST_VIEWS_DIR)) if (f.startsWith(`${specName}.`)) rmSync(join(LAST_VIEWS_DIR, f), { force: true });
  }
  const tree = await page.locator('body').ariaSnapshot({ timeout: 3000 }).catch((e) => `(no snapshot: ${e.message.split('\n')[0]})`);
  writeFileSync(join(LAST_VIEWS_DIR, `${specName}.${++viewsKept}.yml`), `# ${page.url()} @${page.viewportSize()?.width}px\n${tree}\n`);
}

/** Signs in through the Keycloak login page, starting from the SPA's sign-in button. */
export async function signIn(page, username, password = PASSWORD) {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('button', { name: /^(Đăng nhập|Sign in)$/ }).click();
  await page.waitForURL((url) => url.href.startsWith(KEYCLOAK_URL), { timeout: 20_000 });
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && !url.pathname.startsWith('/auth/'), { timeout: 20_000 });
  await page.locator('main h1').first().waitFor();
}

/** Client-side navigation (keeps the in-memory session, unlike page.goto). */
export async function navigate(page, path) {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => url.pathname + url.search === path);
}

/** Waits until the route has rendered and no skeleton/spinner remains in the main region. */
export async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForFunction(
    () => !document.querySelector('main .ant-skeleton, main [aria-busy="true"], main .ant-spin-spinning, main .spinner'),
    undefined,
    { timeout: 20_000, polling: 100 },
  );
  await page.waitForTimeout(150); // let transitions (table loading fade) finish
}

/** Picks an option of an antd Select: opens it, optionally types a search, clicks the option. */
/**
 * Picks an option of the antd select labelled {@code label}. A click on an option of a dropdown still
 * animating open is sometimes lost (the dropdown stays open): then the option is clicked again, up to
 * 3 times, until the dropdown closes on the choice.
 */
export async function pickOption(page, label, optionText, search) {
  const input = page.getByLabel(label, { exact: true });
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  for (let attempt = 1; ; attempt++) {
    if ((await open.count()) === 0) {
      await input.click();
      if (search) await input.fill(search);
    }
    const option = open.locator('.ant-select-item-option').filter({ hasText: optionText }).first();
    await option.waitFor();
    await option.click();
    try {
      await open.first().waitFor({ state: 'hidden', timeout: 3000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const { width } = page.viewportSize();
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
}

/** axe-core WCAG 2.1 A/AA scan; fails on any serious or critical violation. */
export async function expectAccessible(page, label) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`)
    .join('\n');
  assert.equal(bad.length, 0, `axe found serious/critical violations on ${label}:\n${text}`);
  return result;
}

// --- API -------------------------------------------------------------------------------------
const tokens = new Map();

/** A token from the thidua-tests client's password grant (dev/test only). */
export async function token(username, password = PASSWORD) {
  const cached = tokens.get(username);
  if (cached && cached.expires > Date.now() + 10_000) return cached.value;
  const response = await fetch(`${KEYCLOAK_URL}/realms/thidua/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'thidua-tests', username, password, scope: 'openid' }),
  });
  const body = await response.json();
  assert.ok(response.ok, `token for ${username}: ${response.status} ${JSON.stringify(body)}`);
  tokens.set(username, { value: body.access_token, expires: Date.now() + body.expires_in * 1000 });
  return body.access_token;
}

export async function apiCall(method, path, { as = 'admin', body, ifMatch, expect } = {}) {
  const headers = { Authorization: `Bearer ${await token(as)}`, Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(`${API_URL}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  const result = { status: response.status, etag: response.headers.get('ETag'), json };
  if (expect !== undefined) {
    const ok = Array.isArray(expect) ? expect.includes(response.status) : response.status === expect;
    assert.ok(ok, `${method} ${path} → ${response.status} (expected ${expect}): ${text}`);
  }
  return result;
}

/** Gets a unit by code (in unit.provinceId when given), creating it when missing. */
export async function ensureUnit(unit) {
  const found = await apiCall('GET', `/api/v1/units?code=${encodeURIComponent(unit.code)}`, { expect: 200 });
  // Codes are unique per province: with a provinceId, only that province's unit is the one.
  const existing = found.json.items.find((u) => u.code === unit.code && (!unit.provinceId || u.provinceId === unit.provinceId));
  if (existing) return existing;
  const input = { code: unit.code, name: unit.name, kind: unit.kind, activeFrom: unit.activeFrom };
  if (unit.shortName) input.shortName = unit.shortName;
  if (unit.provinceId) input.provinceId = unit.provinceId;
  return (await apiCall('POST', '/api/v1/units', { body: input, expect: 201 })).json;
}

export async function createBloc(name, extra = {}) {
  return (await apiCall('POST', '/api/v1/blocs', { body: { name, kind: 'KHOI', ...extra }, expect: 201 })).json;
}

export async function createTerm(blocId, year, extra = {}) {
  return (await apiCall('POST', '/api/v1/terms', { body: { blocId, year, ...extra }, expect: 201 })).json;
}

export async function addMember(termId, unitId, role) {
  return (await apiCall('POST', `/api/v1/terms/${termId}/memberships`, { body: { unitId, role }, expect: 201 })).json;
}

/** Removes a unit's memberships in a year (left over from an earlier run on the same database). */
export async function freeUnitForYear(unitId, year) {
  const terms = await apiCall('GET', `/api/v1/terms?unitId=${unitId}&year=${year}&size=100`, { expect: 200 });
  for (const term of terms.json.items) {
    const members = await apiCall('GET', `/api/v1/terms/${term.id}/memberships?size=100`, { expect: 200 });
    for (const m of members.json.items.filter((item) => item.unit.id === unitId)) {
      const read = await apiCall('GET', `/api/v1/memberships/${m.id}`, { expect: 200 });
      await apiCall('DELETE', `/api/v1/memberships/${m.id}`, { ifMatch: read.etag });
    }
  }
}

/** The id of the province with this administrative-division code ("06" Bắc Kạn). */
export async function provinceIdOf(code) {
  const found = await apiCall('GET', `/api/v1/provinces?code=${encodeURIComponent(code)}`, { expect: 200 });
  return found.json.items[0].id;
}

/**
 * One headless Chromium for several people at once (each in its own context: own cookies, own session),
 * cheaper than a browser each. Returns { open(options) → { context, page, errors }, close }.
 */
export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    async open({ width = 1440, height = 900, locale = 'vi-VN', mobile = false } = {}) {
      const context = await browser.newContext({
        viewport: { width, height },
        reducedMotion: 'reduce',
        locale,
        timezoneId: 'Asia/Ho_Chi_Minh',
        acceptDownloads: true,
        ...(mobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      return { context, page, errors };
    },
    close: () => browser.close().catch(() => undefined),
  };
}
