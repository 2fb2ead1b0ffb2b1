// Conferences (hội nghị) of the year, with the seed cases loaded by load.mjs:
// - Bắc Kạn 2023 (seed 1): the leader's officer (bk.sxd) sees the mid-year review of 6/7/2023, schedules a
//   conference, records who attended (one voting delegate) and the agenda with outcomes (an item about the
//   year's campaign, shown as a link that scrolls to it), records it held,
//   downloads the minutes (NĐ 30/2020 layout: page 1 rendered to PNG, its text read back), uploads the signed
//   scan and confirms the minutes signed; the term roster PDF is rendered the same way.
// - A member's officer (bk.sct, on a phone) sees the conferences, may not schedule or edit, downloads the minutes.
// - Hà Nam 2013 (seed 3): the leader's officer (hn.sct) sees the review of 17/7/2013 that agreed the criteria.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { expectAccessible, navigate, openBrowser, pickOption, screenshot, settle, signIn, uniq } from './lib/harness.mjs';
import { assertPdfContains, pdfText, renderPdfPage, smallPdf } from './lib/pdf.mjs';
import { conferenceRow, pickAttendee, scheduleConference } from './lib/conferences.mjs';
import { loadSeedCases, seedTermId } from './lib/year.mjs';

const BK_BLOC = 'Khối thi đua Kinh tế – Kỹ thuật';
const BK_SEED_TITLE = 'Hội nghị sơ kết phong trào thi đua, công tác khen thưởng 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2023';
const BK_CAMPAIGN_TITLE = 'Phong trào thi đua năm 2023 của Khối thi đua Kinh tế – Kỹ thuật';
const HN_SEED_TITLE = 'Hội nghị sơ kết công tác thi đua 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2013';

async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('Bắc Kạn 2023: the leader schedules, records, holds and signs a conference; a member reads it and downloads the minutes', async () => {
  loadSeedCases();
  const term = await seedTermId(BK_BLOC, 2023);
  const run = uniq();
  const title = `Hội nghị chuyên đề e2e ${run}`;
  const outcome = `Hội nghị thống nhất thông qua tiêu chí chấm điểm thi đua (e2e ${run}).`;
  const scanName = `bien-ban-da-ky-${run.toLowerCase()}.pdf`;
  const scan = smallPdf(`Bien ban da ky ${run}`);

  const leader = await openBrowser();
  const member = await openBrowser({ width: 390, height: 844 });
  try {
    await signIn(leader.page, 'bk.sxd');
    await navigate(leader.page, `/terms/${term}`);
    await settle(leader.page);
    const page = leader.page;
    const seed = conferenceRow(page, BK_SEED_TITLE);
    await seed.getByText('06/07/2023').waitFor();
    await seed.getByText('Đã tổ chức').first().waitFor();

    // schedule
    await scheduleConference(page, {
      kind: 'Hội nghị khác', title, date: '15/09/2023', time: '14:00', venue: 'Phòng họp Sở Xây dựng tỉnh Bắc Kạn',
      chairName: 'Bà Hoàng Thị Thúy', chairTitle: 'Giám đốc Sở Xây dựng',
    });
    const row = conferenceRow(page, title);
    await row.getByText('Đã lên lịch').first().waitFor();
    await row.getByText('15/09/2023').first().waitFor();
    await row.getByRole('button', { name: `Chi tiết: ${title}` }).click();
    const detail = row.locator('[data-testid^="conference-"]');
    await detail.getByRole('button', { name: 'Ghi thành phần tham dự' }).waitFor();

    // attendance: the leader's director votes for Sở Xây dựng; Sở Công Thương sends a delegate who does not vote
    await detail.getByRole('button', { name: 'Ghi thành phần tham dự' }).click();
    const attendance = page.getByRole('dialog', { name: 'Ghi thành phần tham dự' });
    await attendance.getByRole('button', { name: 'Thêm đại biểu' }).click();
    await attendance.getByRole('button', { name: 'Thêm đại biểu' }).click();
    await pickAttendee(page, attendance, 1, 'Sở Xây dựng', 'Xây dựng');
    await attendance.getByLabel('Đại biểu 1').fill('Bà Hoàng Thị Thúy');
    await attendance.getByLabel('Chức vụ 1').fill('Giám đốc');
    await attendance.getByRole('checkbox', { name: 'Biểu quyết' }).first().check();
    await pickAttendee(page, attendance, 2, 'Sở Công Thương', 'Công Thương');
    await attendance.getByLabel('Đại biểu 2').fill('Bà Nông Thị Thử');
    await attendance.getByLabel('Chức vụ 2').fill('Phó Giám đốc');
    await attendance.getByRole('button', { name: 'Lưu' }).click();
    await attendance.waitFor({ state: 'detached' });
    await detail.getByText('2/11 đơn vị có mặt; 1 đơn vị có đại biểu biểu quyết').waitFor();
    const attendees = detail.locator('[data-testid^="attendees-"]');
    await attendees.getByText('Bà Nông Thị Thử').waitFor();
    assert.equal(await attendees.getByText('Có', { exact: true }).count(), 1, 'one voting delegate');

    // agenda with its outcome; the second item is about the year's campaign (a link to it on this page)
    await detail.getByRole('button', { name: 'Ghi nội dung, kết luận' }).click();
    const agenda = page.getByRole('dialog', { name: 'Ghi nội dung, kết luận' });
    await agenda.getByRole('button', { name: 'Thêm nội dung' }).click();
    await agenda.getByLabel('Nội dung 1').fill('Thông qua tiêu chí chấm điểm thi đua năm 2023 của Khối');
    await agenda.getByLabel('Kết luận 1').fill(outcome);
    await agenda.getByRole('button', { name: 'Thêm nội dung' }).click();
    await agenda.getByLabel('Nội dung 2').fill('Đánh giá kết quả phong trào thi đua 6 tháng');
    await pickOption(page, 'Gắn với 2', 'Phong trào thi đua');
    await pickOption(page, 'Bản ghi được gắn 2', BK_CAMPAIGN_TITLE);
    await agenda.getByRole('button', { name: 'Lưu' }).click();
    await agenda.waitFor({ state: 'detached' });
    const agendaView = detail.locator('[data-testid^="agenda-"]');
    await agendaView.getByText(outcome).waitFor();
    await agendaView.getByText('Phong trào thi đua:', { exact: false }).waitFor();
    const campaignLink = agendaView.getByRole('link', { name: BK_CAMPAIGN_TITLE });
    const href = await campaignLink.getAttribute('href');
    assert.match(href, new RegExp(`^/terms/${term}#campaign-\\d+$`), 'the link points at the campaign on the term page');
    await campaignLink.click();
    await page.waitForURL((url) => url.hash === href.slice(href.indexOf('#')));
    const card = page.locator(href.slice(href.indexOf('#')));
    await card.getByText(BK_CAMPAIGN_TITLE).first().waitFor();
    await page.waitForFunction((id) => {
      const r = document.getElementById(id)?.getBoundingClientRect();
      return r && r.top < window.innerHeight && r.bottom > 0;
    }, href.slice(href.indexOf('#') + 1));
    await detail.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).scrollIntoViewIfNeeded();

    // held: the minutes can be written
    await detail.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).click();
    await row.getByText('Đã tổ chức').first().waitFor();
    const minutes = await download(page, () => detail.getByRole('button', { name: 'Tải biên bản (PDF)' }).click());
    assert.equal(minutes.name, `Biên bản ${title} ngày 15-09-2023.pdf`, "the server's name (Content-Disposition)");
    const rendered = renderPdfPage(minutes.bytes, 'conference-minutes');
    assertPdfContains(rendered.text, 'the minutes',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'UBND TỈNH BẮC KẠN', 'BIÊN BẢN', title,
      'Bắc Kạn, ngày 15 tháng 9 năm 2023', 'Thời gian: 14 giờ 00, ngày 15/09/2023.', 'Địa điểm: Phòng họp Sở Xây dựng tỉnh Bắc Kạn.',
      'Chủ trì: Bà Hoàng Thị Thúy – Giám đốc Sở Xây dựng.', 'I. THÀNH PHẦN THAM DỰ',
      'Đơn vị thành viên có mặt: 2/11 đơn vị; đơn vị có đại biểu biểu quyết: 1.', 'Sở Công Thương', 'Bà Nông Thị Thử',
      'II. NỘI DUNG VÀ KẾT LUẬN', `Kết luận: ${outcome}`, 'CHỦ TRÌ HỘI NGHỊ');

    // the signed scan, then the minutes signed
    await detail.getByLabel('Chọn tệp').setInputFiles({ name: scanName, mimeType: 'application/pdf', buffer: scan });
    await detail.getByRole('button', { name: 'Tải lên' }).click();
    await detail.getByRole('button', { name: `Tải về ${scanName}` }).waitFor();
    await detail.getByRole('button', { name: 'Xác nhận biên bản đã ký' }).click();
    await row.getByText('Đã ký biên bản').first().waitFor();
    // the list and the detail are read again separately: wait for the detail's own status
    await detail.locator('.ant-descriptions').getByText('Đã ký biên bản').waitFor();
    assert.equal(await detail.getByRole('button', { name: 'Xác nhận biên bản đã ký' }).count(), 0);
    assert.equal(await detail.getByRole('button', { name: 'Ghi nhận đã tổ chức' }).count(), 0);
    await settle(page);
    await expectAccessible(page, 'term page with conferences (leader)');
    await screenshot(page, 'conference-leader');

    // the term's other generated document: the roster of members
    const roster = await download(page, () => page.getByRole('button', { name: 'Tải danh sách (PDF)' }).click());
    assert.equal(roster.name, `Danh sách thành viên ${BK_BLOC} năm 2023.pdf`);
    const rosterPage = renderPdfPage(roster.bytes, 'term-roster');
    assertPdfContains(rosterPage.text, 'the roster',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'UBND TỈNH BẮC KẠN', 'DANH SÁCH', `Thành viên ${BK_BLOC} năm 2023`,
      'Tổng số: 11 đơn vị.', 'Sở Xây dựng', 'Trưởng khối', 'Sở Công Thương', 'Ban Quản lý Vườn Quốc gia Ba Bể', 'TM. KHỐI THI ĐUA');

    // a member: reads, downloads, edits nothing
    const phone = member.page;
    await signIn(phone, 'bk.sct');
    await navigate(phone, `/terms/${term}`);
    await settle(phone);
    await conferenceRow(phone, BK_SEED_TITLE).getByText('06/07/2023').waitFor();
    const mine = conferenceRow(phone, title);
    await mine.getByText('Đã ký biên bản').first().waitFor();
    assert.equal(await phone.getByRole('button', { name: 'Lên lịch hội nghị' }).count(), 0, 'a member schedules no conference');
    await mine.getByRole('button', { name: `Chi tiết: ${title}` }).click();
    const view = mine.locator('[data-testid^="conference-"]');
    await view.getByText('Bà Nông Thị Thử').waitFor();
    for (const name of ['Sửa hội nghị', 'Ghi thành phần tham dự', 'Ghi nội dung, kết luận', 'Ghi nhận đã tổ chức', 'Hủy hội nghị', 'Xác nhận biên bản đã ký', 'Tải lên']) {
      assert.equal(await view.getByRole('button', { name }).count(), 0, `a member has no «${name}»`);
    }
    const theirs = await download(phone, () => view.getByRole('button', { name: 'Tải biên bản (PDF)' }).click());
    assertPdfContains(pdfText(theirs.bytes, 'conference-minutes-member'), 'the member\'s minutes', title, `Kết luận: ${outcome}`);
    const signed = await download(phone, () => view.getByRole('button', { name: `Tải về ${scanName}` }).click());
    assert.ok(signed.bytes.equals(scan), 'the signed scan comes back byte for byte');
    await screenshot(phone, 'conference-member');
    assert.deepEqual(leader.errors, []);
    assert.deepEqual(member.errors, []);
  } catch (e) {
    await screenshot(leader.page, 'conference-failed-leader').catch(() => undefined);
    await screenshot(member.page, 'conference-failed-member').catch(() => undefined);
    throw e;
  } finally {
    await leader.close();
    await member.close();
  }
});

test('Hà Nam 2013: the leader\'s officer sees the mid-year review of 17/7/2013 that agreed the criteria', async () => {
  loadSeedCases();
  const term = await seedTermId('Khối thi đua kinh tế ngành', 2013, 'admin.nb');
  const browser = await openBrowser();
  try {
    const { page } = browser;
    await signIn(page, 'hn.sct');
    await navigate(page, `/terms/${term}`);
    await settle(page);
    const row = conferenceRow(page, HN_SEED_TITLE);
    await row.getByText('17/07/2013').waitFor();
    await row.getByText('Đã tổ chức').first().waitFor();
    await row.getByRole('button', { name: `Chi tiết: ${HN_SEED_TITLE}` }).click();
    const detail = row.locator('[data-testid^="conference-"]');
    await detail.getByText('Ông Lê Văn Quyết – Tỉnh ủy viên, Giám đốc Sở Công Thương, Trưởng Khối thi đua kinh tế ngành').waitFor();
    await detail.getByText('8/8 đơn vị có mặt; 0 đơn vị có đại biểu biểu quyết').waitFor();
    const agenda = detail.locator('[data-testid^="agenda-"]');
    await agenda.getByText('Xây dựng tiêu chí thi đua và bình xét thi đua từng đơn vị trong khối').waitFor();
    await agenda.getByText('Hội nghị xây dựng thống nhất tiêu chí thi đua và bình xét thi đua từng đơn vị trong khối.', { exact: false }).waitFor();
    // a CLOSED past year: nothing to edit for an officer
    assert.equal(await page.getByRole('button', { name: 'Lên lịch hội nghị' }).count(), 0);
    assert.equal(await detail.getByRole('button', { name: 'Ghi thành phần tham dự' }).count(), 0);
    await screenshot(page, 'conference-ha-nam-2013');
    assert.deepEqual(browser.errors, []);
  } finally {
    await browser.close();
  }
});
