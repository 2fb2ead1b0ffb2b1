// A whole year-end conference (hội nghị tổng kết) of Bắc Kạn 2023 (seed 1) through the browser, issue 12:
// - the leader's officer (bk.sxd) schedules the year-end review, records who attends (8 of the 11 members with
//   a voting delegate: the quorum of 2/3 shows) and records it held;
// - as chair, it sets up a SECRET election of next year's leader and deputy and opens it: no counts while open;
// - four member units' officers vote on phones, each in its own browser context (one tap per choice, the
//   confirmation, the receipt); a second phone of Sở Công Thương sending after the first is refused in Vietnamese;
// - closed and tallied: nobody above half of the valid ballots (NO_RESULT); the runoff between the top two is
//   voted, tallied, certified and published; a unit finds its receipt in the published list; the minutes are a PDF;
// - an award vote for the flag from the published ranking, certified: the dossier gets the first-ranked unit; the
//   leader adds its achievement report and submits; the Board takes it up, DOWNGRADES the flag to a certificate
//   and records the decision; the unit's page shows the award;
// - the Board confirms next year's leadership: the 2024 term has the elected units as Trưởng khối and Phó trưởng
//   khối; the outgoing leader records the flag handed over at the year-end review.
// Seeded through the API only what is not the subject: the seed cases with the year's scoring and its published
// ranking (the demo loader), the realm's officers of the bloc's units.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { apiCall, launchBrowser, navigate, pickOption, screenshot, settle, signIn, uniq } from './lib/harness.mjs';
import { conferenceRow, pickAttendee, scheduleConference } from './lib/conferences.mjs';
import { renderPdfPage, smallPdf } from './lib/pdf.mjs';
import { loadSeedCases, seedTermId } from './lib/year.mjs';

const BK_BLOC = 'Khối thi đua Kinh tế – Kỹ thuật';
const SXD = 'Sở Xây dựng';
const BQLDA = 'Ban Quản lý dự án đầu tư xây dựng công trình nông nghiệp và phát triển nông thôn';
const SCT = 'Sở Công Thương';
const STNMT = 'Sở Tài nguyên và Môi trường';
/** The eight members present with a vote (2/3 of 11 → at least 8), by name and a search that finds it. */
const PRESENT = [
  [SXD, 'Sở Xây dựng'],
  [BQLDA, 'công trình nông nghiệp'],
  [SCT, 'Công Thương'],
  [STNMT, 'Tài nguyên'],
  ['Sở Giao thông Vận tải', 'Giao thông Vận tải'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp'],
  ['Ban Quản lý các khu công nghiệp', 'khu công nghiệp'],
  ['Ban Quản lý Vườn Quốc gia Ba Bể', 'Ba Bể'],
];
/** The officers who vote on their phones (the realm's users of these units). */
const VOTERS = { sxd: 'bk.sxd', bqlda: 'bk.bqlda', sct: 'bk.sct', stnmt: 'bk.stnmt' };

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/**
 * Adds an option to an antd multiple select (its dropdown stays open): types the search, clicks the option,
 * waits for its tag; a click on an option of a dropdown still animating open is sometimes lost: then again.
 */
async function pickAnother(page, input, scope, name, search) {
  const tag = scope.locator('.ant-select-selection-item').filter({ hasText: name });
  for (let attempt = 1; ; attempt++) {
    if ((await tag.count()) > 0) return; // the last click was taken after all: another would remove it
    await input.fill(search);
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: name }).first().click();
    try {
      await tag.waitFor({ timeout: 3000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/** Confirms an antd modal.confirm by its OK button. */
async function confirm(page, okText) {
  const dialog = page.locator('.ant-modal-confirm');
  await dialog.getByRole('button', { name: okText }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The term page's row of the vote with this title, its console opened; returns { row, console, id }. */
async function openVote(page, title) {
  const row = page.getByTestId('votes').locator('.ant-list-item').filter({ hasText: title }).first();
  const id = Number((await row.getAttribute('id')).replace('vote-', ''));
  const details = row.getByRole('button', { name: `Chi tiết: ${title}` });
  if ((await details.count()) > 0) await details.click();
  const console = row.getByTestId(`vote-${id}`);
  await console.waitFor();
  return { row, console, id };
}

/** A chair's step on the vote's console: the button, its confirmation when it asks, then the status shown. */
async function chairStep(page, console, button, statusText, question = true) {
  await console.getByRole('button', { name: button, exact: true }).click();
  if (question) await confirm(page, button);
  await console.locator('.ant-descriptions').first().getByText(statusText, { exact: true }).first().waitFor();
}

/**
 * Casts on the phone's ballot page: one tap per choice (each shown pressed), «Gửi phiếu», the confirmation
 * naming the choices, «Gửi phiếu» again; returns the receipt shown. The ballot page reads the vote afresh.
 */
async function castOnPhone(phone, voteId, round, names) {
  const { page } = phone;
  // from the last receipt back to the year's page, as the officer would, then to the ballot again
  if (new URL(page.url()).pathname.startsWith('/votes/')) {
    await page.getByRole('link', { name: 'Về trang năm thi đua' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/terms/'));
  }
  await navigate(page, `/votes/${voteId}/ballot`);
  await page.getByText(`Vòng ${round}`, { exact: true }).first().waitFor();
  for (const name of names) {
    const choice = page.getByRole('button', { name, exact: true });
    await choice.click();
    assert.equal(await choice.getAttribute('aria-pressed'), 'true', `${name} is marked after one tap`);
  }
  await page.getByRole('button', { name: 'Gửi phiếu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xác nhận lá phiếu' });
  assert.deepEqual(await dialog.getByTestId('ballot-confirm-choices').locator('li').allInnerTexts(), names, 'the confirmation names the choices');
  await dialog.getByRole('button', { name: 'Gửi phiếu' }).click();
  const receipt = (await page.getByTestId('receipt-code').innerText()).trim();
  assert.match(receipt, /^[A-Z0-9-]{6,}$/, 'a receipt code is shown');
  await page.getByText('Hãy lưu mã biên nhận này', { exact: false }).waitFor();
  return receipt;
}

test('Bắc Kạn 2023: the year-end conference elects next year\'s leader and deputy with a runoff, proposes an award and hands the flag over', async () => {
  loadSeedCases({ scoring: true });
  const term = await seedTermId(BK_BLOC, 2023);
  const run = uniq();
  const conferenceTitle = `Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 (e2e ${run})`;
  const electionTitle = `Bầu Trưởng khối, Phó trưởng khối năm 2024 (e2e ${run})`;
  const awardTitle = `Bình xét đề nghị Cờ thi đua của UBND tỉnh năm 2023 (e2e ${run})`;
  // the flag goes to the first of the published ranking (setup read through the API)
  const scoring = await apiCall('GET', `/api/v1/terms/${term}/scoring`, { expect: 200 });
  const ranking = await apiCall('GET', `/api/v1/scoring-rounds/${scoring.json.id}/ranking`, { expect: 200 });
  assert.equal(ranking.json.status, 'PUBLISHED', 'the award vote needs the published ranking');
  const first = ranking.json.rows.find((r) => !r.disqualified);
  const firstName = first.unit?.name ?? first.unitName;
  const firstId = first.unit?.id ?? first.unitId;

  const browser = await launchBrowser();
  const chair = await browser.open();
  const board = await browser.open();
  const phones = {};
  for (const [key] of Object.entries(VOTERS)) phones[key] = await browser.open({ width: 390, height: 844, mobile: true });
  const secondPhone = await browser.open({ width: 390, height: 844, mobile: true });
  const everyone = [chair, board, ...Object.values(phones), secondPhone];
  try {
    // one after the other: parallel sign-ins of the same user race in Keycloak's login flow
    await signIn(chair.page, 'bk.sxd');
    await signIn(board.page, 'admin');
    for (const [key, user] of Object.entries(VOTERS)) await signIn(phones[key].page, user);
    await signIn(secondPhone.page, 'bk.sct');
    const page = chair.page;
    await navigate(page, `/terms/${term}`);
    await settle(page);

    // ── the year-end review: scheduled, attended by eight voting delegates (quorum 2/3 of 11), held ──
    await scheduleConference(page, {
      kind: 'Tổng kết năm', title: conferenceTitle, date: '20/12/2023', time: '08:00', venue: 'Hội trường Sở Xây dựng tỉnh Bắc Kạn',
      chairName: 'Bà Hoàng Thị Thúy', chairTitle: 'Giám đốc Sở Xây dựng, Trưởng khối',
    });
    const conference = conferenceRow(page, conferenceTitle);
    await conference.getByRole('button', { name: `Chi tiết: ${conferenceTitle}` }).click();
    const detail = conference.locator('[data-testid^="conference-"]');
    await detail.getByRole('button', { name: 'Ghi thành phần tham dự' }).click();
    const attendance = page.getByRole('dialog', { name: 'Ghi thành phần tham dự' });
    for (let i = 0; i < PRESENT.length; i++) await attendance.getByRole('button', { name: 'Thêm đại biểu' }).click();
    for (const [i, [name, search]] of PRESENT.entries()) {
      await pickAttendee(page, attendance, i + 1, name, search);
      await attendance.getByLabel(`Đại biểu ${i + 1}`).fill(`Đại biểu ${i + 1} (${run})`);
      await attendance.getByRole('checkbox', { name: 'Biểu quyết' }).nth(i).check();
    }
    await attendance.getByRole('button', { name: 'Lưu' }).click();
    await attendance.waitFor({ state: 'detached' });
    await detail.getByText('8/11 đơn vị có mặt; 8 đơn vị có đại biểu biểu quyết').waitFor();
    await detail.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click();
    await conference.getByText('Đã tổ chức').first().waitFor();

    // ── the chair sets up the secret election of leader and deputy ──
    await page.getByRole('button', { name: 'Tạo cuộc bỏ phiếu' }).click();
    const setup = page.getByRole('dialog', { name: 'Tạo cuộc bỏ phiếu' });
    await setup.getByLabel('Tên cuộc bỏ phiếu').fill(electionTitle);
    await pickOption(page, 'Hội nghị', conferenceTitle);
    await setup.getByRole('radio', { name: 'Bầu Trưởng khối, Phó trưởng khối' }).check();
    await setup.getByRole('radio', { name: 'Trưởng khối và Phó trưởng khối' }).check();
    await setup.getByRole('radio', { name: 'Bỏ phiếu kín', exact: true }).check();
    const candidates = setup.getByLabel('Ứng viên (theo thứ tự trên phiếu)');
    for (const [name, search] of [[BQLDA, 'công trình nông nghiệp'], [SCT, 'Công Thương'], [STNMT, 'Tài nguyên']]) {
      await pickAnother(page, candidates, setup, name, search);
    }
    await candidates.press('Escape');
    await setup.getByRole('button', { name: 'Lưu' }).click();
    await setup.waitFor({ state: 'detached' });
    const election = await openVote(page, electionTitle);
    await chairStep(page, election.console, 'Mở bỏ phiếu', 'Đang bỏ phiếu');
    const quorum = election.console.getByTestId(`vote-attendance-${election.id}`);
    await quorum.getByText('Có mặt: 8/11 đơn vị được biểu quyết (cần tối thiểu 8 theo quy chế 2/3)').waitFor();
    await quorum.getByText('Đủ số đơn vị có mặt').waitFor();
    await quorum.getByText('không ai (kể cả chủ trì và Ban) xem được số phiếu', { exact: false }).waitFor();

    // ── round 1 on the phones: Ban QLDA 2, Sở Công Thương 2, Sở TN&MT 1 of four ballots — nobody above half ──
    await navigate(secondPhone.page, `/votes/${election.id}/ballot`);
    await secondPhone.page.getByRole('button', { name: SCT, exact: true }).click();
    await secondPhone.page.getByRole('button', { name: 'Gửi phiếu' }).click();
    const late = secondPhone.page.getByRole('dialog', { name: 'Xác nhận lá phiếu' });
    await late.waitFor();
    const receipts = {};
    receipts.sxd = await castOnPhone(phones.sxd, election.id, 1, [BQLDA]);
    receipts.bqlda = await castOnPhone(phones.bqlda, election.id, 1, [BQLDA, SCT]);
    receipts.sct = await castOnPhone(phones.sct, election.id, 1, [SCT]);
    receipts.stnmt = await castOnPhone(phones.stnmt, election.id, 1, [STNMT]);
    assert.equal(new Set(Object.values(receipts)).size, 4, 'four different receipts');
    // the second phone of Sở Công Thương sends after the first: refused, in Vietnamese
    await late.getByRole('button', { name: 'Gửi phiếu' }).click();
    await late.getByRole('alert').getByText('Đơn vị đã bỏ phiếu ở vòng này; mỗi đơn vị một phiếu.', { exact: false }).waitFor();
    await late.getByRole('button', { name: 'Quay lại' }).click();
    await secondPhone.page.getByText('Đơn vị của bạn đã bỏ phiếu ở vòng này.').waitFor();
    await screenshot(phones.sct.page, 'year-end-ballot-receipt');

    // the chair sees who voted, never a count, until the tally
    await quorum.getByText('Đã bỏ phiếu: 4/8 đơn vị').waitFor();
    assert.equal(await election.console.getByRole('columnheader', { name: 'Số phiếu' }).count(), 0, 'no counts while open');
    await chairStep(page, election.console, 'Kết thúc bỏ phiếu', 'Đã kết thúc bỏ phiếu');
    await chairStep(page, election.console, 'Kiểm phiếu', 'Chưa có kết quả', false);
    const round1 = election.console.getByTestId('round-1');
    await round1.getByRole('row').filter({ hasText: BQLDA }).getByRole('cell', { name: '2', exact: true }).waitFor();
    await round1.getByRole('row').filter({ hasText: STNMT }).getByRole('cell', { name: '1', exact: true }).waitFor();
    assert.equal(await round1.getByText('Thứ 1', { exact: true }).count(), 0, 'nobody elected in round 1');

    // ── the runoff between the top two ──
    await chairStep(page, election.console, 'Tổ chức vòng sau', 'Dự thảo', false);
    await election.console.getByText('Vòng 2: Bầu lại giữa các ứng viên cao phiếu nhất', { exact: false }).first().waitFor();
    await election.console.locator('.ant-descriptions').getByText(`${BQLDA}; ${SCT}`, { exact: false }).waitFor();
    await chairStep(page, election.console, 'Mở bỏ phiếu', 'Đang bỏ phiếu');
    const runoff = {};
    runoff.sxd = await castOnPhone(phones.sxd, election.id, 2, [BQLDA, SCT]);
    runoff.bqlda = await castOnPhone(phones.bqlda, election.id, 2, [BQLDA, SCT]);
    runoff.sct = await castOnPhone(phones.sct, election.id, 2, [BQLDA, SCT]);
    runoff.stnmt = await castOnPhone(phones.stnmt, election.id, 2, [BQLDA]);
    await quorum.getByText('Đã bỏ phiếu: 4/8 đơn vị').waitFor();
    await chairStep(page, election.console, 'Kết thúc bỏ phiếu', 'Đã kết thúc bỏ phiếu');
    await chairStep(page, election.console, 'Kiểm phiếu', 'Đã kiểm phiếu', false);
    await chairStep(page, election.console, 'Công nhận kết quả', 'Đã công nhận kết quả');
    await election.console.getByTestId(`vote-elected-${election.id}`).getByText(`${BQLDA}; ${SCT}`).waitFor();
    await election.console.getByRole('button', { name: 'Công bố kết quả' }).click();
    const publish = page.getByRole('dialog', { name: 'Công bố kết quả' });
    if ((await publish.getByTestId('disclosure-warning').count()) > 0) {
      await publish.getByRole('checkbox', { name: 'Tôi đã biết và vẫn công bố kết quả' }).check();
    }
    await publish.getByRole('button', { name: 'Công bố kết quả' }).click();
    await publish.waitFor({ state: 'detached' });
    await settle(page);
    await screenshot(page, 'year-end-election-console');

    // ── the results page on a member's phone: the published list, its own receipt found; the minutes ──
    const results = phones.stnmt.page;
    await navigate(results, `/votes/${election.id}/results`);
    await results.getByTestId('vote-elected').getByText(`${BQLDA}; ${SCT}`).waitFor();
    const runoffCard = results.locator('.ant-card').filter({ has: results.getByTestId('ballot-list-2') });
    const list = runoffCard.getByTestId('ballot-list-2');
    for (const receipt of Object.values(runoff)) await list.getByText(receipt, { exact: true }).waitFor();
    await runoffCard.getByLabel('Tìm mã biên nhận của bạn').fill(runoff.stnmt);
    await runoffCard.getByText('Đã tìm thấy: lá phiếu có mã này đã được tính.').waitFor();
    await list.locator('.ant-table-row-selected').getByText(runoff.stnmt).waitFor();
    await runoffCard.getByLabel('Tìm mã biên nhận của bạn').fill('KHONG-CO-MA');
    await runoffCard.getByText('Không có mã biên nhận này trong danh sách phiếu.').waitFor();
    const minutes = await download(results, () => results.getByRole('button', { name: 'Tải biên bản (PDF)' }).first().click());
    assert.equal(minutes.bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'the minutes are a PDF');
    renderPdfPage(minutes.bytes, 'year-end-election-minutes');
    await screenshot(results, 'year-end-results');

    // ── the award vote for the flag, candidates from the published ranking ──
    await page.getByRole('button', { name: 'Tạo cuộc bỏ phiếu' }).click();
    const award = page.getByRole('dialog', { name: 'Tạo cuộc bỏ phiếu' });
    await award.getByLabel('Tên cuộc bỏ phiếu').fill(awardTitle);
    await pickOption(page, 'Hội nghị', conferenceTitle);
    await award.getByRole('radio', { name: 'Bình xét, suy tôn khen thưởng' }).check();
    await award.getByRole('radio', { name: 'Cờ thi đua của UBND tỉnh' }).check();
    await award.getByText('để trống để lấy theo kết quả xếp hạng đã công bố', { exact: false }).waitFor();
    await award.getByRole('button', { name: 'Lưu' }).click();
    await award.waitFor({ state: 'detached' });
    const flagVote = await openVote(page, awardTitle);
    await flagVote.console.locator('.ant-descriptions').getByText(firstName, { exact: false }).first().waitFor();
    await chairStep(page, flagVote.console, 'Mở bỏ phiếu', 'Đang bỏ phiếu');
    for (const key of ['sxd', 'bqlda', 'sct']) await castOnPhone(phones[key], flagVote.id, 1, [firstName]);
    await flagVote.console.getByText('Đã bỏ phiếu: 3/8 đơn vị').waitFor();
    await chairStep(page, flagVote.console, 'Kết thúc bỏ phiếu', 'Đã kết thúc bỏ phiếu');
    await chairStep(page, flagVote.console, 'Kiểm phiếu', 'Đã kiểm phiếu', false);
    await chairStep(page, flagVote.console, 'Công nhận kết quả', 'Đã công nhận kết quả');
    await flagVote.console.getByTestId(`vote-elected-${flagVote.id}`).getByText(firstName).waitFor();

    // ── the dossier: the certified vote put the unit in it; its report, then submitted ──
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await settle(page);
    const dossier = page.locator('[data-testid^="dossier-"]').filter({ has: page.locator('[data-testid^="dossier-items-"]') }).first();
    const item = dossier.getByRole('row').filter({ hasText: firstName });
    await item.getByText('Cờ thi đua của UBND tỉnh').waitFor();
    await item.getByRole('button', { name: `Báo cáo thành tích: ${firstName}` }).click();
    const reports = page.getByRole('dialog', { name: `Báo cáo thành tích: ${firstName}` });
    await reports.getByLabel('Chọn tệp').setInputFiles({ name: 'bao-cao-thanh-tich-2023.pdf', mimeType: 'application/pdf', buffer: smallPdf(`Bao cao thanh tich ${run}`) });
    await reports.getByRole('button', { name: 'Tải lên' }).click();
    await reports.getByRole('button', { name: 'Tải về bao-cao-thanh-tich-2023.pdf' }).waitFor();
    await reports.getByRole('button', { name: 'Đóng' }).last().click();
    await item.getByRole('button', { name: `Báo cáo thành tích: ${firstName}` }).getByText('Đã có').waitFor();
    await dossier.getByRole('button', { name: 'Trình Ban Thi đua - Khen thưởng' }).click();
    await confirm(page, 'Trình Ban Thi đua - Khen thưởng');
    await dossier.getByText('Đã trình Ban').first().waitFor();

    // ── the Board appraises: the flag downgraded to a certificate, then decided ──
    const bp = board.page;
    await navigate(bp, `/terms/${term}`);
    await settle(bp);
    const boardDossier = bp.locator('[data-testid^="dossier-"]').filter({ has: bp.locator('[data-testid^="dossier-items-"]') }).first();
    await boardDossier.getByRole('button', { name: 'Tiếp nhận thẩm định' }).click();
    await boardDossier.getByText('Ban đang thẩm định').first().waitFor();
    await boardDossier.getByRole('button', { name: `Thẩm định: ${firstName}` }).click();
    const appraise = bp.getByRole('dialog', { name: `Thẩm định: ${firstName}` });
    await appraise.getByRole('radio', { name: 'Hạ mức: Cờ → Bằng khen' }).check();
    await appraise.getByLabel('Lý do').fill('Hội đồng Thi đua - Khen thưởng tỉnh đề nghị Bằng khen: chỉ tiêu Cờ thi đua của Khối đã dành cho đơn vị dẫn đầu cụm.');
    await appraise.getByRole('button', { name: 'Lưu' }).click();
    await appraise.waitFor({ state: 'detached' });
    await boardDossier.getByRole('row').filter({ hasText: firstName }).getByText('Hạ mức: Cờ → Bằng khen').waitFor();
    await boardDossier.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).click();
    const decide = bp.getByRole('dialog', { name: 'Ghi quyết định khen thưởng' });
    await decide.getByLabel('Số văn bản').fill('2468/QĐ-UBND');
    await decide.getByLabel('Ngày ban hành').fill('25/01/2024');
    await decide.getByLabel('Cơ quan ban hành').fill('UBND tỉnh Bắc Kạn');
    await decide.getByRole('button', { name: 'Ghi quyết định khen thưởng' }).click();
    await decide.waitFor({ state: 'detached' });
    await boardDossier.getByText('Đã có quyết định').first().waitFor();
    await boardDossier.getByText('2468/QĐ-UBND', { exact: false }).first().waitFor();

    // the unit's page shows the award: a certificate, downgraded from the flag, with the decision
    await navigate(bp, `/units/${firstId}`);
    const awards = bp.getByTestId('unit-awards');
    const awardRow = awards.getByRole('row').filter({ hasText: '2023' }).filter({ hasText: '2468/QĐ-UBND' });
    await awardRow.getByText('Bằng khen của Chủ tịch UBND tỉnh').waitFor();
    await screenshot(bp, 'year-end-unit-award');

    // ── the Board confirms next year's leadership: the 2024 term with the elected units leading it ──
    await navigate(bp, `/terms/${term}`);
    await settle(bp);
    const leadership = bp.getByTestId('leadership-section');
    await leadership.getByTestId('leadership-leader').getByText(BQLDA).waitFor();
    await leadership.getByTestId('leadership-deputy').getByText(SCT).waitFor();
    await leadership.getByRole('button', { name: 'Xác nhận Trưởng khối năm sau' }).click();
    const confirmDialog = bp.getByRole('dialog', { name: 'Xác nhận Trưởng khối năm sau' });
    await confirmDialog.getByRole('button', { name: 'Xác nhận Trưởng khối năm sau' }).click();
    await confirmDialog.waitFor({ state: 'detached' });
    await leadership.getByTestId('leadership-confirmation').waitFor();
    const nextLink = leadership.getByTestId('leadership-next-term');
    const nextHref = await nextLink.getAttribute('href');
    await nextLink.click();
    await bp.waitForURL((url) => url.pathname === nextHref);
    await settle(bp);
    const members = bp.getByTestId('members-table');
    await members.getByRole('row').filter({ hasText: BQLDA }).getByText('Trưởng khối', { exact: true }).waitFor();
    await members.getByRole('row').filter({ hasText: SCT }).getByText('Phó trưởng khối', { exact: true }).waitFor();
    await members.getByRole('row').filter({ hasText: SXD }).getByText('Thành viên', { exact: true }).waitFor();
    await screenshot(bp, 'year-end-next-term');

    // ── the outgoing leader records the flag handed over at the year-end review ──
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await settle(page);
    const outgoing = page.getByTestId('leadership-section');
    await outgoing.getByRole('button', { name: 'Ghi việc trao cờ Khối trưởng' }).click();
    const handover = page.getByRole('dialog', { name: 'Ghi việc trao cờ Khối trưởng' });
    await pickOption(page, 'Hội nghị tổng kết năm (đã tổ chức)', conferenceTitle);
    await handover.getByRole('button', { name: 'Ghi việc trao cờ Khối trưởng' }).click();
    await handover.waitFor({ state: 'detached' });
    const handedOver = outgoing.getByTestId('leadership-handover');
    await handedOver.getByText(conferenceTitle, { exact: false }).waitFor();
    assert.match(await handedOver.innerText(), /20\/12\/2023/, 'handed over on the day of the year-end review');
    await outgoing.getByText('Đã trao cờ', { exact: false }).first().waitFor();
    await screenshot(page, 'year-end-handover');
    for (const who of everyone) assert.deepEqual(who.errors, []);
  } catch (e) {
    await screenshot(chair.page, 'year-end-failed-chair').catch(() => undefined);
    await screenshot(board.page, 'year-end-failed-board').catch(() => undefined);
    for (const [key, p] of Object.entries(phones)) await screenshot(p.page, `year-end-failed-${key}`).catch(() => undefined);
    throw e;
  } finally {
    await browser.close();
  }
});
