// Conferences on a term page, as the specs drive them: the schedule form and a conference's row.
import { pickOption } from './harness.mjs';

/** The row of the term page's conference titled {@code title}. */
export const conferenceRow = (page, title) => page.getByTestId('conferences').locator('.ant-list-item').filter({ hasText: title }).first();

/** «Lên lịch hội nghị» filled and saved; waits until the form has closed. */
export async function scheduleConference(page, { kind, title, date, time, venue, chairName, chairTitle }) {
  await page.getByRole('button', { name: 'Lên lịch hội nghị' }).click();
  const form = page.getByRole('dialog', { name: 'Lên lịch hội nghị' });
  await pickOption(page, 'Loại hội nghị', kind);
  await form.getByLabel('Tên hội nghị').fill(title);
  await form.getByLabel('Ngày', { exact: true }).fill(date);
  await form.getByLabel('Giờ bắt đầu').fill(time);
  await form.getByLabel('Địa điểm').fill(venue);
  await form.getByLabel('Người chủ trì', { exact: true }).fill(chairName);
  await form.getByLabel('Chức vụ người chủ trì').fill(chairTitle);
  await form.getByRole('button', { name: 'Lưu' }).click();
  await form.waitFor({ state: 'detached' });
}

/** Picks the unit of attendance row {@code row} (1-based) of {@code dialog} by a search, and waits until the row shows it. */
export async function pickAttendee(page, dialog, row, name, search) {
  await pickOption(page, `Đơn vị ${row}`, name, search);
  await dialog.locator('.attendee-row').nth(row - 1).getByTitle(name, { exact: true }).waitFor();
}
