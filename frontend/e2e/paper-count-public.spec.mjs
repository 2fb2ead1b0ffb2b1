// A PAPER vote counted by its two tellers through the chair's console, and the public pages without a session:
// - seeded through the API: a Bắc Kạn bloc's 2021 term (Sở Xây dựng LEADER, Ban QLDA NN&PTNT DEPUTY, Sở Công
//   Thương MEMBER), its year-end conference held with the three voting delegates, a PAPER vote between Sở Xây
//   dựng and Sở Công Thương whose tellers are the Board (`admin`) and the leader's officer (`bk.sxd`), opened and
//   closed;
// - the Board signs in and enters teller 1's count in the form; the leader's officer (on a phone) enters teller 2's
//   with two figures wrong; the Board's tally is refused and the panel names the figures that differ; teller 2
//   enters again; the tally passes, the Board certifies and publishes; the results page links the public page;
// - a fresh browser without a session opens the public vote (counts, the minutes' SHA-256 equal to the SHA-256 of
//   the counting minutes' PDF), the bloc's public leaders and the public awards (filtered by year), each with axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  API_URL,
  BASE_URL,
  addMember,
  apiCall,
  createBloc,
  createTerm,
  expectAccessible,
  freeUnitForYear,
  navigate,
  openBrowser,
  provinceIdOf,
  screenshot,
  settle,
  signIn,
  token,
  uniq,
} from './lib/harness.mjs';
import { loadSeedCases } from './lib/year.mjs';

const YEAR = 2021;

async function unitOf(code, provinceId) {
  const found = await apiCall('GET', `/api/v1/units?code=${encodeURIComponent(code)}`, { expect: 200 });
  const unit = found.json.items.find((u) => u.code === code && u.provinceId === provinceId);
  assert.ok(unit, `unit ${code} of province ${provinceId} (seed cases)`);
  return unit;
}

async function move(kind, id, status) {
  const read = await apiCall('GET', `/api/v1/${kind}/${id}`, { expect: 200 });
  await apiCall('POST', `/api/v1/${kind}/${id}/status`, { ifMatch: read.etag, body: { status }, expect: 200 });
}

/** The term's vote console, opened from the term page's votes list. */
async function openConsole(page, term, vote, title) {
  await navigate(page, `/terms/${term}`);
  await settle(page);
  await page.getByRole('button', { name: `Chi tiết: ${title}` }).click();
  const console = page.getByTestId(`vote-${vote}`);
  await console.getByTestId(`paper-count-${vote}`).waitFor();
  return console;
}

/** Fills a teller's sheet and saves it; waits until the API's answer shows the teller's count entered. */
async function enterCount(page, vote, figures) {
  const form = page.getByTestId(`paper-count-form-${vote}`);
  for (const [label, value] of Object.entries(figures)) await form.getByLabel(label, { exact: true }).fill(String(value));
  const saved = page.waitForResponse((r) => r.url().endsWith(`/api/v1/votes/${vote}/paper-count`) && r.request().method() === 'PUT');
  await form.getByRole('button', { name: 'Lưu kết quả kiểm phiếu' }).click();
  assert.equal((await saved).status(), 200);
}

/** Waits for the console's next read of the vote (it polls while the tellers count), so its ETag is the latest. */
const nextRead = (page, vote) => page.waitForResponse((r) => r.url().endsWith(`/api/v1/votes/${vote}`) && r.request().method() === 'GET', { timeout: 15_000 });

/**
 * The chair's second «Kiểm phiếu». Once (1 run in 5 on CI, never here) the button was not found for 20 s after the
 * refused first tally although the console kept polling: then the console's accessibility tree is printed (what it
 * showed instead), the console is opened afresh and the tally clicked there.
 */
async function tallyAgain(page, chair, { term, vote, title }) {
  const tally = chair.getByRole('button', { name: 'Kiểm phiếu', exact: true });
  try {
    await tally.waitFor({ timeout: 10_000 });
  } catch {
    console.log(`the tally button is missing; the console shows:\n${await chair.ariaSnapshot().catch((e) => e.message)}`);
    await navigate(page, '/');
    chair = await openConsole(page, term, vote, title);
  }
  await chair.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
}

test('a PAPER vote: two tellers enter the count, a difference is named and mended; the result, the leaders and the awards are public', async () => {
  loadSeedCases();
  const run = uniq();
  const bk = await provinceIdOf('06');
  const sxd = await unitOf('BKN.SXD', bk);
  const bqlda = await unitOf('BKN.BQLDA.NN', bk);
  const sct = await unitOf('BKN.SCT', bk);
  for (const unit of [sxd, bqlda, sct]) await freeUnitForYear(unit.id, YEAR);
  const bloc = await createBloc(`Khối thi đua e2e phiếu giấy ${run}`, { provinceId: bk });
  const term = (await createTerm(bloc.id, YEAR)).id;
  await addMember(term, sxd.id, 'LEADER');
  await addMember(term, bqlda.id, 'DEPUTY');
  await addMember(term, sct.id, 'MEMBER');
  const conference = (
    await apiCall('POST', `/api/v1/terms/${term}/conferences`, {
      body: {
        kind: 'YEAR_END_REVIEW',
        title: `Hội nghị tổng kết năm ${YEAR} (e2e ${run})`,
        heldOn: `${YEAR}-12-10`,
        venue: 'Hội trường Sở Xây dựng tỉnh Bắc Kạn',
        chairName: 'Bà Hoàng Thị Thúy',
        chairTitle: 'Giám đốc Sở Xây dựng',
      },
      expect: 201,
    })
  ).json.id;
  const read = await apiCall('GET', `/api/v1/conferences/${conference}`, { expect: 200 });
  const attendees = [sxd, bqlda, sct].map((u) => ({ unitId: u.id, delegateName: 'Ông Trần Văn Dự', delegateTitle: 'Phó Giám đốc', mayVote: true }));
  await apiCall('PUT', `/api/v1/conferences/${conference}/attendance`, { ifMatch: read.etag, body: { attendees }, expect: 200 });
  await move('conferences', conference, 'HELD');
  const title = `Biểu quyết bằng phiếu giấy e2e ${run}`;
  const vote = (
    await apiCall('POST', `/api/v1/terms/${term}/votes`, {
      body: {
        title,
        conferenceId: conference,
        kind: 'OTHER',
        method: 'PAPER',
        seats: 1,
        candidateUnitIds: [sxd.id, sct.id],
        tellers: [
          { username: 'admin', name: 'Bà Nguyễn Thị Kiểm' },
          { username: 'bk.sxd', name: 'Ông Lê Văn Đếm' },
        ],
      },
      expect: 201,
    })
  ).json.id;
  await move('votes', vote, 'OPEN');
  await move('votes', vote, 'CLOSED');
  // the candidates as the round names them (their names in that year)
  const [first, other] = (await apiCall('GET', `/api/v1/votes/${vote}`, { expect: 200 })).json.rounds[0].candidates.map((c) => c.unit.name);
  const votesOf = (name) => `Số phiếu bầu ${name}`;
  const right = { 'Số phiếu phát ra': 3, 'Số phiếu thu vào': 3, 'Số phiếu không hợp lệ': 0, [votesOf(first)]: 2, [votesOf(other)]: 1 };
  const board = await openBrowser();
  const teller = await openBrowser({ width: 390, height: 844 });
  let publicPath;
  try {
    // teller 1: the Board
    await signIn(board.page, 'admin');
    const chair = await openConsole(board.page, term, vote, title);
    await chair.getByText('Bạn là người kiểm phiếu 1 (Bà Nguyễn Thị Kiểm)').waitFor();
    await chair.getByText('Đã nhập 0/2 kết quả').waitFor();
    await enterCount(board.page, vote, right);
    await chair.getByText('Đã nhập 1/2 kết quả').waitFor();

    // teller 2: the leader's officer, on a phone, miscounts the two candidates
    await signIn(teller.page, 'bk.sxd');
    const second = await openConsole(teller.page, term, vote, title);
    await second.getByText('Bạn là người kiểm phiếu 2 (Ông Lê Văn Đếm)').waitFor();
    await enterCount(teller.page, vote, { ...right, [votesOf(first)]: 1, [votesOf(other)]: 2 });
    await second.getByText('Đã nhập 2/2 kết quả').waitFor();
    await screenshot(teller.page, 'paper-count-teller');
    await expectAccessible(teller.page, 'paper count sheet @390');

    // the chair's tally is refused: the panel names what differs
    await chair.getByText('Đã nhập 2/2 kết quả').waitFor({ timeout: 15_000 });
    await nextRead(board.page, vote);
    await chair.getByRole('button', { name: 'Kiểm phiếu', exact: true }).click();
    const differ = chair.getByTestId(`paper-count-differ-${vote}`);
    await differ.waitFor();
    const text = await differ.innerText();
    assert.match(text, /Kết quả của hai người kiểm phiếu khác nhau/);
    assert.match(text, /BKN\.SXD 2 ≠ 1/);
    assert.match(text, /BKN\.SCT 1 ≠ 2/);
    assert.doesNotMatch(text, /phát ra/);
    await screenshot(board.page, 'paper-count-differ');
    await expectAccessible(board.page, 'paper count differ @1440');

    // teller 2 counts again; the tally passes
    await enterCount(teller.page, vote, right);
    await nextRead(board.page, vote);
    await tallyAgain(board.page, chair, { term, vote, title });
    await chair.getByTestId('round-1').getByText('Số phiếu: phát ra 3, thu vào 3, hợp lệ 3, không hợp lệ 0').waitFor();
    assert.equal(await chair.getByTestId(`paper-count-${vote}`).count(), 0, 'no sheet once tallied');

    // certify and publish (acknowledging the disclosure warning when there is one)
    await chair.getByRole('button', { name: 'Công nhận kết quả' }).click();
    await board.page.getByRole('dialog').getByRole('button', { name: 'Công nhận kết quả' }).click();
    await chair.getByRole('button', { name: 'Công bố kết quả' }).click();
    const publish = board.page.getByRole('dialog', { name: 'Công bố kết quả' });
    await publish.waitFor();
    const acknowledge = publish.getByRole('checkbox', { name: 'Tôi đã biết và vẫn công bố kết quả' });
    if (await acknowledge.count()) await acknowledge.check();
    await publish.getByRole('button', { name: 'Công bố kết quả' }).click();
    await publish.waitFor({ state: 'detached' });
    await chair.getByTestId(`vote-elected-${vote}`).getByText(first).waitFor();
    await chair.getByRole('link', { name: 'Xem kết quả' }).click();
    await settle(board.page);
    publicPath = await board.page.getByTestId('public-vote-link').getAttribute('href');
    assert.equal(publicPath, `/public/votes/${vote}`);
  } finally {
    await board.close();
    await teller.close();
  }

  // without a session
  const minutes = await fetch(`${API_URL}/api/v1/votes/${vote}/counting-minutes.pdf?round=1`, {
    headers: { Authorization: `Bearer ${await token('admin')}`, Accept: 'application/pdf' },
  });
  assert.equal(minutes.status, 200);
  const sha = createHash('sha256').update(Buffer.from(await minutes.arrayBuffer())).digest('hex');
  const visitor = await openBrowser({ width: 360, height: 800 });
  try {
    const { page } = visitor;
    await page.goto(`${BASE_URL}${publicPath}`);
    await page.getByRole('heading', { level: 1, name: `KẾT QUẢ BỎ PHIẾU: ${title}` }).waitFor();
    await page.getByTestId('public-vote-elected').getByText(first).waitFor();
    await page.getByTestId('round-1').getByText('Số phiếu: phát ra 3, thu vào 3, hợp lệ 3, không hợp lệ 0').waitFor();
    assert.equal((await page.getByTestId('public-vote-sha-1').innerText()).trim(), sha);
    assert.equal(await page.getByRole('button', { name: /Đăng nhập/ }).count(), 0, 'no sign-in asked');
    await screenshot(page, 'public-vote');
    await expectAccessible(page, 'public vote @360');
    await page.setViewportSize({ width: 1440, height: 900 });
    await screenshot(page, 'public-vote');

    await page.goto(`${BASE_URL}/public/blocs/${bloc.id}/leaders`);
    await page.getByRole('heading', { level: 1, name: `TRƯỞNG KHỐI, PHÓ TRƯỞNG KHỐI: ${bloc.name}` }).waitFor();
    await page.getByText('Chưa có kết quả chọn Trưởng khối đã được Ban Thi đua - Khen thưởng xác nhận.').waitFor();
    await expectAccessible(page, 'public leaders @1440');

    await page.getByRole('link', { name: 'Khen thưởng của khối' }).click();
    await page.getByRole('heading', { level: 1, name: 'KHEN THƯỞNG ĐÃ CÓ QUYẾT ĐỊNH' }).waitFor();
    await page.getByText('Chưa có khen thưởng đã có quyết định theo bộ lọc này.').waitFor();
    assert.equal(new URL(page.url()).search, `?blocId=${bloc.id}`);
    await page.getByLabel('Năm thi đua').fill(String(YEAR));
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/public/awards') && r.url().includes(`year=${YEAR}`));
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    assert.equal((await filtered).status(), 200);
    await page.waitForURL((url) => url.search === `?blocId=${bloc.id}&year=${YEAR}`);
    await expectAccessible(page, 'public awards @1440');

    // English through the language switch
    await page.getByTestId('language-switch').click();
    await page.getByRole('heading', { level: 1, name: 'DECIDED AWARDS' }).waitFor();
    assert.deepEqual(visitor.errors, []);
  } finally {
    await visitor.close();
  }
});
