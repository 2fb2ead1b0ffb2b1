// (5) axe-core finds no serious/critical violations on each main route, and (6) every main
// screen is captured at 360 px and 1440 px into e2e-output/screenshots/.
import { test } from 'node:test';
import {
  BASE_URL,
  addMember,
  apiCall,
  createBloc,
  createTerm,
  ensureUnit,
  expectAccessible,
  navigate,
  openBrowser,
  screenshot,
  settle,
  signIn,
  uniq,
} from './lib/harness.mjs';

const WIDTHS = [1440, 360];

test('main routes: no serious/critical axe findings, screenshots at 360 and 1440 px', async (t) => {
  const run = uniq();
  const year = 2024;
  const leader = await ensureUnit({ code: `E2E.A${run}`, name: `Sở Kế hoạch và Đầu tư ${run}`, shortName: 'SKHĐT', kind: 'SO', activeFrom: '2010-01-01' });
  const member = await ensureUnit({ code: `E2E.B${run}`, name: `Ban Quản lý các khu công nghiệp ${run}`, kind: 'BAN', activeFrom: '2012-05-01' });
  await apiCall('POST', '/api/v1/unit-successions', {
    body: {
      kind: 'RENAME',
      effectiveDate: '2020-07-01',
      decision: { number: '1234/QĐ-UBND', date: '2020-06-20', issuer: 'UBND tỉnh Bắc Kạn' },
      predecessorIds: [leader.id],
      successorIds: [leader.id],
      newName: `Sở Tài chính ${run}`,
    },
    expect: [200, 201],
  });
  const bloc = await createBloc(`Khối thi đua e2e giao diện ${run}`, {
    description: 'Khối dùng để kiểm tra khả năng truy cập và ảnh chụp màn hình.',
    foundingDecision: { number: '138/QĐ-UBND', date: '2024-02-15', issuer: 'UBND tỉnh Bắc Ninh' },
  });
  const term = await createTerm(bloc.id, year, { decision: { number: '138/QĐ-UBND', date: '2024-02-15', issuer: 'UBND tỉnh Bắc Ninh' } });
  await addMember(term.id, leader.id, 'LEADER');
  await addMember(term.id, member.id, 'MEMBER');

  const ninhBinh = (await apiCall('GET', '/api/v1/provinces?code=37')).json.items[0];
  const routes = [
    ['home', '/'],
    ['units', '/units'],
    ['unit-detail', `/units/${leader.id}`],
    ['unit-new', '/units/new'],
    ['unit-edit', `/units/${leader.id}/edit`],
    ['blocs', '/blocs'],
    ['bloc-detail', `/blocs/${bloc.id}`],
    ['bloc-new', '/blocs/new'],
    ['bloc-edit', `/blocs/${bloc.id}/edit`],
    ['term-detail', `/terms/${term.id}`],
    ['term-new', `/terms/new?blocId=${bloc.id}`],
    ['term-edit', `/terms/${term.id}/edit`],
    ['provinces', '/provinces'],
    ['province-detail', `/provinces/${ninhBinh.id}`],
    ['not-found', '/no-such-page'],
  ];

  const publicRoutes = [
    ['public-bloc-leaders', `/public/blocs/${bloc.id}/leaders`],
    ['public-awards', `/public/awards?blocId=${bloc.id}`],
  ];

  // Signed out: the welcome page and the public pages.
  const anonymous = await openBrowser();
  try {
    for (const width of WIDTHS) {
      await anonymous.page.setViewportSize({ width, height: 900 });
      await anonymous.page.goto(`${BASE_URL}/`);
      await anonymous.page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
      await screenshot(anonymous.page, 'sign-in');
      await expectAccessible(anonymous.page, `sign-in @${width}`);
      // the public pages (no session): a bloc's leaders, the decided awards (a published vote's page: paper-count-public.spec)
      for (const [name, path] of publicRoutes) {
        await anonymous.page.goto(`${BASE_URL}${path}`);
        await anonymous.page.locator('main h1').first().waitFor();
        await anonymous.page.waitForFunction(() => !document.querySelector('main[aria-busy="true"]'));
        await screenshot(anonymous.page, name);
        await expectAccessible(anonymous.page, `${path} @${width}`);
      }
    }
  } finally {
    await anonymous.close();
  }

  const browser = await openBrowser();
  const { page } = browser;
  try {
    await signIn(page, 'admin');
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, path] of routes) {
        await t.test(`${name} @${width}px`, async () => {
          await navigate(page, path);
          await page.locator('main h1').first().waitFor();
          await settle(page);
          await screenshot(page, name);
          await expectAccessible(page, `${path} @${width}`);
        });
      }
    }
    // The small-screen menu, opened.
    await page.setViewportSize({ width: 360, height: 900 });
    await navigate(page, '/units');
    await page.getByTestId('nav-menu-button').click();
    await page.locator('#small-menu').waitFor();
    await screenshot(page, 'menu-open');
    await expectAccessible(page, 'menu open @360');
  } finally {
    await browser.close();
  }
});
