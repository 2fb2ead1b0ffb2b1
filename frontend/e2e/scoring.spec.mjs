// Scoring (chấm điểm) of Bắc Kạn 2023 (seed 1) through the browser, as far as the API goes:
// - the leader's officer (bk.sxd) opens scoring against the adopted scheme;
// - a member's officer (bk.sct) self-scores with the keyboard (Enter to the next criterion), attaches the
//   evidence a criterion requires and submits; the Board submits the other members' sheets (setup, API);
// - bk.sxd assigns reviewers by round robin and starts the review; bk.stnmt reviews a sheet in the browser
//   (a lower score needs a reason), the other reviews are submitted through the API (setup);
// - bk.sxd asks for an explanation, the unit answers, bk.sxd closes the review, consolidates and finalises;
// - bk.sct reads its final sheet on a phone (one card per criterion) and its history.
// The demo loader leaves the round out here (loadSeedCases without scoring) and, run with it at the end,
// finds this round and changes none of its sheets (it computes and publishes its ranking once it is final).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiCall, API_URL, BASE_URL, expectAccessible, navigate, openBrowser, screenshot, settle, signIn, token } from './lib/harness.mjs';
import { loadSeedCases, seedTermId } from './lib/year.mjs';

const BK_BLOC = 'Khối thi đua Kinh tế – Kỹ thuật';
const pdf = (text) => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
const cellsOf = (sheet) => sheet.groups.flatMap((g) => g.criteria);

/** A valid value for a criterion: points a little under the maximum in its step, the target, one occurrence, no breach. */
function valueFor(c) {
  switch (c.kind) {
    case 'QUANTITATIVE':
      return c.target ?? 100;
    case 'PER_OCCURRENCE':
      return 1;
    case 'DISQUALIFIER':
      return 0;
    case 'PENALTY':
      return 0;
    default:
      return Math.floor((c.maxPoints * 0.9) / c.step) * c.step;
  }
}
const typed = (v) => String(v).replace('.', ',');

async function uploadEvidence(sheetId, criterionId, as) {
  const form = new FormData();
  form.append('file', new Blob([pdf(`minh chung ${sheetId}`)], { type: 'application/pdf' }), 'minh-chung.pdf');
  const res = await fetch(`${API_URL}/api/v1/sheets/${sheetId}/criteria/${criterionId}/evidence`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await token(as)}` },
    body: form,
  });
  assert.equal(res.status, 201, `evidence: ${await res.text()}`);
}

/** Setup through the API: a sheet's self-scores, its required evidence, submitted. */
async function submitThroughApi(sheetId, as = 'admin') {
  let sheet = await apiCall('GET', `/api/v1/sheets/${sheetId}`, { as, expect: 200 });
  const cells = cellsOf(sheet.json).map((c) => ({ criterionId: c.criterionId, value: valueFor(c) }));
  sheet = await apiCall('PUT', `/api/v1/sheets/${sheetId}/self-scores`, { as, body: { cells }, ifMatch: sheet.etag, expect: 200 });
  for (const c of cellsOf(sheet.json).filter((x) => x.evidenceRequired && x.evidenceCount === 0)) await uploadEvidence(sheetId, c.criterionId, as);
  sheet = await apiCall('GET', `/api/v1/sheets/${sheetId}`, { as, expect: 200 });
  await apiCall('POST', `/api/v1/sheets/${sheetId}/status`, { as, body: { status: 'SELF_SUBMITTED' }, ifMatch: sheet.etag, expect: 200 });
}

/** Setup through the API: a review equal to the self-scores, submitted. */
async function reviewThroughApi(sheetId, reviewId, as = 'admin') {
  let sheet = await apiCall('GET', `/api/v1/sheets/${sheetId}`, { as, expect: 200 });
  const cells = cellsOf(sheet.json).map((c) => ({ criterionId: c.criterionId, value: c.selfValue ?? valueFor(c) }));
  sheet = await apiCall('PUT', `/api/v1/sheets/${sheetId}/reviews/${reviewId}/scores`, { as, body: { cells }, ifMatch: sheet.etag, expect: 200 });
  await apiCall('POST', `/api/v1/sheets/${sheetId}/reviews/${reviewId}/submission`, { as, ifMatch: sheet.etag, expect: 200 });
}

/** Confirms a round action: the button, then the same button in the confirmation. */
async function rankingAction(page, name) {
  await page.getByTestId('ranking-section').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: name });
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function roundAction(page, name) {
  await page.getByTestId('scoring-round').getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: name });
  await dialog.getByRole('button', { name, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

test('Bắc Kạn 2023: open scoring, self-score and submit, review with a reason, explain, close, consolidate, finalise', async () => {
  loadSeedCases();
  const term = await seedTermId(BK_BLOC, 2023);
  const existing = await apiCall('GET', `/api/v1/terms/${term}/scoring`);
  assert.equal(existing.status, 404, 'the e2e database is fresh: Bắc Kạn 2023 has no scoring round yet');

  const leader = await openBrowser();
  const member = await openBrowser();
  const reviewer = await openBrowser();
  try {
    // the leader opens scoring
    const lp = leader.page;
    await signIn(lp, 'bk.sxd');
    await navigate(lp, `/terms/${term}`);
    await settle(lp);
    const form = lp.getByTestId('open-scoring');
    await form.getByLabel('Hạn nộp bảng tự chấm').fill('30/11/2023');
    await form.getByRole('button', { name: 'Mở chấm điểm' }).click();
    const round = lp.getByTestId('scoring-round');
    await round.getByText('Tự chấm', { exact: true }).waitFor();
    await round.getByText('30/11/2023').waitFor();
    await round.getByText('Trung bình cộng điểm chấm chéo').waitFor();
    await expectAccessible(lp, 'the term page with scoring open');

    const units = new Map((await apiCall('GET', `/api/v1/terms/${term}/memberships?size=100`, { expect: 200 })).json.items.map((m) => [m.unit.code, m.unit.id]));
    let r = await apiCall('GET', `/api/v1/terms/${term}/scoring`, { expect: 200 });
    const sheetOf = (code) => r.json.sheets.find((s) => s.unitId === units.get(code));
    const sct = sheetOf('BKN.SCT');

    // bk.sct self-scores with the keyboard
    const mp = member.page;
    await signIn(mp, 'bk.sct');
    await navigate(mp, `/terms/${term}`);
    await settle(mp);
    await mp.getByTestId('scoring-sheets').getByRole('link', { name: 'Bảng tự chấm của đơn vị' }).click();
    await settle(mp);
    const own = (await apiCall('GET', `/api/v1/sheets/${sct.id}`, { as: 'bk.sct', expect: 200 })).json;
    const cells = cellsOf(own);
    const first = cells[0];
    const firstInput = mp.getByLabel(`Điểm tiêu chí ${first.code}`);
    await firstInput.click();
    // a value off the step is refused as it is typed
    if (first.kind === 'QUALITATIVE' && first.step === 0.25) {
      await mp.keyboard.type('1,3');
      await mp.getByText(/Điểm phải theo bước 0,25/).waitFor();
      await firstInput.fill('');
    }
    for (const c of cells) {
      if (c.kind === 'DISQUALIFIER') {
        await mp.getByTestId(`criterion-${c.code}`).getByText('Không vi phạm').click();
        await mp.keyboard.press('Enter');
      } else {
        assert.equal(await mp.getByLabel(`Điểm tiêu chí ${c.code}`).evaluate((el) => el === document.activeElement), true, `${c.code} has the focus`);
        await mp.keyboard.type(typed(valueFor(c)));
        await mp.keyboard.press('Enter');
      }
    }
    await mp.getByTestId('save-state').getByText(/^Đã lưu lúc \d\d:\d\d$/).waitFor({ timeout: 30_000 });
    for (const c of cells.filter((x) => x.evidenceRequired)) {
      await mp.getByRole('button', { name: `Minh chứng tiêu chí ${c.code}` }).click();
      const dialog = mp.getByRole('dialog', { name: `Minh chứng tiêu chí ${c.code}` });
      await dialog.getByLabel('Chọn tệp').setInputFiles({ name: 'bao-cao-tong-ket-2023.pdf', mimeType: 'application/pdf', buffer: pdf('bao cao') });
      await dialog.getByRole('button', { name: 'Tải lên' }).click();
      await dialog.getByText('bao-cao-tong-ket-2023.pdf').waitFor();
      await dialog.getByRole('button', { name: 'Đóng' }).first().click();
    }
    await mp.getByRole('button', { name: 'Nộp bảng tự chấm' }).click();
    const confirm = mp.getByRole('dialog', { name: 'Nộp bảng tự chấm' });
    await confirm.getByText(/Bảng đã đủ điểm và minh chứng/).waitFor();
    await confirm.getByRole('button', { name: 'Nộp bảng tự chấm' }).click();
    await mp.getByText('Đã nộp', { exact: true }).first().waitFor();
    await screenshot(mp, 'scoring-self-submitted');

    // setup: the Board submits the other sheets
    for (const s of r.json.sheets.filter((x) => x.id !== sct.id)) await submitThroughApi(s.id);

    // the leader assigns reviewers (round robin, 2 per sheet) and starts the review
    await lp.reload();
    await settle(lp);
    await round.getByRole('button', { name: 'Phân công chấm chéo' }).click();
    const assign = lp.getByRole('dialog', { name: 'Phân công chấm chéo' });
    await assign.getByLabel('Số đơn vị chấm mỗi bảng').fill('2');
    await assign.getByRole('button', { name: 'Lưu' }).click();
    await assign.waitFor({ state: 'detached' });
    await roundAction(lp, 'Bắt đầu chấm chéo');
    await round.getByText('Đang chấm chéo', { exact: true }).first().waitFor();

    // bk.stnmt reviews one of its sheets in the browser, the rest through the API
    r = await apiCall('GET', `/api/v1/terms/${term}/scoring`, { expect: 200 });
    const stnmtId = units.get('BKN.STNMT');
    const target = r.json.sheets.find((s) => s.reviewers.some((v) => v.unitId === stnmtId));
    assert.ok(target, 'round robin gives bk.stnmt a sheet');
    for (const s of r.json.sheets) {
      for (const v of s.reviewers) if (!(s.id === target.id && v.unitId === stnmtId)) await reviewThroughApi(s.id, v.reviewId);
    }
    const rp = reviewer.page;
    await signIn(rp, 'bk.stnmt');
    await navigate(rp, `/sheets/${target.id}`);
    await settle(rp);
    const targetSheet = (await apiCall('GET', `/api/v1/sheets/${target.id}`, { expect: 200 })).json;
    const lowered = cellsOf(targetSheet).find((c) => c.kind === 'QUALITATIVE');
    for (const c of cellsOf(targetSheet)) {
      if (c.kind === 'DISQUALIFIER') {
        await rp.getByTestId(`criterion-${c.code}`).getByText('Không vi phạm').click();
        continue;
      }
      const value = c.criterionId === lowered.criterionId ? c.selfValue - c.step * 2 : c.selfValue;
      await rp.getByLabel(`Điểm tiêu chí ${c.code}`).fill(typed(value));
    }
    await rp.getByTestId(`criterion-${lowered.code}`).getByText('Điểm khác điểm tự chấm nên cần ghi lý do.').waitFor();
    await rp.getByLabel(`Lý do tiêu chí ${lowered.code}`).fill('Minh chứng chưa thể hiện đủ kết quả đạt được (e2e).');
    await rp.getByTestId('save-state').getByText(/^Đã lưu lúc/).waitFor({ timeout: 30_000 });
    await rp.getByRole('button', { name: 'Nộp điểm chấm' }).click();
    await rp.getByText('Đã nộp điểm chấm chéo').waitFor();

    // the leader asks the unit for an explanation; the unit answers
    await navigate(lp, `/sheets/${target.id}`);
    await settle(lp);
    await lp.getByRole('button', { name: 'Yêu cầu giải trình' }).click();
    const ask = lp.getByRole('dialog', { name: 'Yêu cầu giải trình' });
    await ask.getByLabel('Nội dung yêu cầu giải trình').fill(`Đề nghị giải trình tiêu chí ${lowered.code} (e2e).`);
    await ask.getByRole('button', { name: 'Yêu cầu giải trình' }).click();
    await lp.getByTestId('explanations').getByText(`Đề nghị giải trình tiêu chí ${lowered.code} (e2e).`).waitFor();
    const explained = await apiCall('GET', `/api/v1/sheets/${target.id}`, { expect: 200 });
    await apiCall('POST', `/api/v1/sheets/${target.id}/status`, {
      body: { status: 'EXPLAINED', reason: 'Đơn vị đã bổ sung báo cáo kết quả (e2e).' },
      ifMatch: explained.etag,
      expect: 200,
    });

    // close, consolidate, finalise (the page read afresh: the explanation changed the round)
    await navigate(lp, `/terms/${term}`);
    await lp.reload();
    await settle(lp);
    await roundAction(lp, 'Kết thúc chấm chéo');
    await round.getByText('Đã kết thúc chấm chéo', { exact: true }).waitFor();
    await roundAction(lp, 'Tổng hợp điểm mọi bảng');
    await lp.getByTestId('scoring-sheets').getByText('Đã tổng hợp').first().waitFor();
    await roundAction(lp, 'Chốt điểm chính thức');
    await lp.getByTestId('scoring-sheets').getByText('Chính thức').first().waitFor();
    r = await apiCall('GET', `/api/v1/terms/${term}/scoring`, { expect: 200 });
    assert.ok(r.json.sheets.every((s) => s.status === 'FINAL'), 'every sheet is final');
    await screenshot(lp, 'scoring-final-leader');

    // the ranking, computed from the browser and shown as a table; nothing public before publication
    await lp.getByRole('button', { name: 'Tính xếp hạng', exact: true }).click();
    await lp.getByText('Nhất', { exact: true }).first().waitFor();
    const ranking = await apiCall('GET', `/api/v1/scoring-rounds/${r.json.id}/ranking`, { expect: 200 });
    assert.equal(ranking.json.rows.length, r.json.sheets.length, 'every unit is ranked');
    const unpublished = await fetch(`${API_URL}/api/v1/public/rankings/${ranking.json.id}`);
    assert.equal(unpublished.status, 404, 'a draft ranking is not public');
    await screenshot(lp, 'scoring-ranking-leader');

    // ties that reached the members' vote get the bloc's votes (recorded by the leader through the API);
    // then the leader confirms and publishes from the browser, and a visitor who never signed in reads it
    const tied = ranking.json.rows.filter((row) => row.voteReached);
    if (tied.length > 0) {
      await apiCall('PUT', `/api/v1/rankings/${ranking.json.id}/tie-votes`, {
        as: 'bk.sxd',
        ifMatch: ranking.etag,
        body: { votes: tied.map((row, i) => ({ unitId: row.unit.id, votes: tied.length - i })) },
        expect: 200,
      });
      await lp.reload();
      await settle(lp);
    }
    await rankingAction(lp, 'Xác nhận');
    await lp.getByTestId('ranking-section').getByText('Đã xác nhận', { exact: true }).waitFor();
    await rankingAction(lp, 'Công bố');
    await lp.getByTestId('ranking-section').getByText('Đã công bố', { exact: true }).waitFor();
    const visitor = await openBrowser();
    try {
      await visitor.page.goto(`${BASE_URL}/public/rankings/${ranking.json.id}`);
      await visitor.page.getByRole('heading', { name: 'KẾT QUẢ XẾP HẠNG THI ĐUA NĂM 2023' }).waitFor();
      await visitor.page.getByTestId('ranking-table').getByText('Nhất', { exact: true }).first().waitFor();
      await expectAccessible(visitor.page, 'the public results page');
      await screenshot(visitor.page, 'scoring-ranking-public');
      assert.deepEqual(visitor.errors, []);
    } finally {
      await visitor.close();
    }

    // the leader's view of the sheet: reviews with the reason, the explanation, the history
    await navigate(lp, `/sheets/${target.id}`);
    await settle(lp);
    await lp.getByTestId(`reviews-${lowered.code}`).getByText(/Minh chứng chưa thể hiện đủ/).waitFor();
    await lp.getByTestId('explanations').getByText('Đơn vị đã bổ sung báo cáo kết quả (e2e).').waitFor();
    await lp.getByRole('button', { name: 'Lịch sử thay đổi điểm' }).click();
    await lp.getByTestId('sheet-history').getByText('Chấm chéo', { exact: false }).first().waitFor();
    await lp.keyboard.press('Escape');

    // bk.sct reads its final sheet on a phone
    await mp.setViewportSize({ width: 390, height: 844 });
    await navigate(mp, `/sheets/${sct.id}`);
    await settle(mp);
    await mp.getByTestId(`criterion-card-${first.code}`).waitFor();
    assert.equal(await mp.getByRole('button', { name: 'Nộp bảng tự chấm' }).count(), 0, 'a final sheet has no submission');
    await expectAccessible(mp, 'the final sheet on a phone');
    await screenshot(mp, 'scoring-final-phone');

    // the demo loader, with its scoring, finds this round and leaves its sheets as they are
    loadSeedCases({ scoring: true });
    const after = await apiCall('GET', `/api/v1/terms/${term}/scoring`, { expect: 200 });
    const totals = (round) => round.sheets.map((s) => `${s.id} ${s.status} ${s.finalTotal}`).join('; ');
    assert.equal(totals(after.json), totals(r.json), 'the demo loader changed no sheet of the round');
    assert.deepEqual(leader.errors, []);
    assert.deepEqual(member.errors, []);
    assert.deepEqual(reviewer.errors, []);
  } catch (e) {
    await screenshot(leader.page, 'scoring-failed-leader').catch(() => undefined);
    await screenshot(member.page, 'scoring-failed-member').catch(() => undefined);
    await screenshot(reviewer.page, 'scoring-failed-reviewer').catch(() => undefined);
    throw e;
  } finally {
    await leader.close();
    await member.close();
    await reviewer.close();
  }
});
