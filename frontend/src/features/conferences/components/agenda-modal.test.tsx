import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, type RecordedRequest } from '@/test/fake-api';
import { AgendaModal } from '@/features/conferences/components/agenda-modal';
import type { Conference } from '@/features/conferences/types';

const CAMPAIGN = 'Phong trào thi đua năm 2023 của Khối thi đua Kinh tế – Kỹ thuật';
const COVENANT = 'Giao ước thi đua năm 2023 của Khối thi đua Kinh tế – Kỹ thuật';

const conference = {
  id: 5,
  termId: 9,
  provinceCode: '06',
  kind: 'MID_YEAR_REVIEW',
  title: 'Hội nghị sơ kết 6 tháng đầu năm 2023',
  heldOn: '2023-07-06',
  venue: 'Hội trường Ban QLDA',
  status: 'SCHEDULED',
  termYear: 2023,
  blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
  attendees: [],
  attendingUnits: 0,
  votingUnits: 0,
  memberCount: 11,
  agenda: [
    { id: 31, position: 1, title: 'Báo cáo sơ kết phong trào thi đua' },
    { id: 32, position: 2, title: 'Ký kết giao ước thi đua', linkKind: 'COVENANT', linkedId: 2, linkedTitle: COVENANT },
  ],
  version: 3,
  permissions: ['EDIT_AGENDA'],
} as unknown as Conference;

function api() {
  let saved: RecordedRequest | undefined;
  const fake = createFakeApi({
    'GET /api/v1/campaigns': () =>
      json({ items: [{ id: 12, title: CAMPAIGN }, { id: 13, title: 'Phong trào thi đua chuyên đề chuyển đổi số' }], page: 0, size: 100, total: 2 }),
    'GET /api/v1/terms/9/covenants': () => json({ items: [{ id: 2, title: COVENANT }], page: 0, size: 20, total: 1 }),
    'GET /api/v1/terms/9/schemes': () => json({ items: [{ id: 4, versionNo: 1, title: 'Tiêu chí chấm điểm thi đua năm 2023' }], permissions: [] }),
    'PUT /api/v1/conferences/5/agenda': (request) => {
      saved = request;
      return json(conference, { etag: '"c6"' });
    },
  });
  return { ...fake, saved: () => saved };
}

/** Opens the select labelled so and takes the option with this text from its (newest) dropdown. */
async function choose(user: ReturnType<typeof userEvent.setup>, label: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await waitFor(() => expect(document.querySelector(`.ant-select-item-option[title="${option}"]`)).not.toBeNull());
  const options = [...document.querySelectorAll<HTMLElement>(`.ant-select-item-option[title="${option}"]`)];
  await user.click(options.at(-1)!);
}

function render(fake: ReturnType<typeof api>) {
  renderScreen(<AgendaModal conference={{ data: conference, etag: '"c5"' }} onClose={() => undefined} onReload={() => undefined} />, {
    roles: ['officer'],
    fetch: fake.fetch,
  });
  return userEvent.setup();
}

describe('agenda editor: what an item is about', () => {
  it('links an item to one of the term\'s campaigns and clears another\'s link; the PUT carries linkKind and linkedId', async () => {
    const fake = api();
    const user = render(fake);
    // the covenant's item shows its current link, the other none
    expect(await screen.findByTitle(COVENANT)).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Bản ghi được gắn 1' })).not.toBeInTheDocument();

    await choose(user, 'Gắn với 1', 'Phong trào thi đua');
    await choose(user, 'Bản ghi được gắn 1', CAMPAIGN);
    expect(fake.requests.find((r) => r.path === '/api/v1/campaigns')?.search).toContain('termId=9');

    await choose(user, 'Gắn với 2', 'Không gắn');
    expect(screen.queryByRole('combobox', { name: 'Bản ghi được gắn 2' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.saved()).toBeDefined());
    expect(fake.saved()!.headers.get('If-Match')).toBe('"c5"');
    expect(fake.saved()!.body).toEqual({
      items: [
        { id: 31, title: 'Báo cáo sơ kết phong trào thi đua', linkKind: 'CAMPAIGN', linkedId: 12 },
        { id: 32, title: 'Ký kết giao ước thi đua' },
      ],
    });
  }, 30000);

  it('forgets the record when the kind changes, and offers the schemes titled as the server titles them', async () => {
    const fake = api();
    const user = render(fake);
    await choose(user, 'Gắn với 1', 'Phong trào thi đua');
    await choose(user, 'Bản ghi được gắn 1', CAMPAIGN);
    await choose(user, 'Gắn với 1', 'Thông qua tiêu chí chấm điểm');
    // no record chosen for the new kind: the placeholder, not the campaign
    const record = screen.getByRole('combobox', { name: 'Bản ghi được gắn 1' });
    expect(record.closest('.ant-select')).toHaveTextContent('Chọn bản ghi');
    await choose(user, 'Bản ghi được gắn 1', 'Tiêu chí chấm điểm thi đua năm 2023 (v1)');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(fake.saved()).toBeDefined());
    expect(fake.saved()!.body).toEqual({
      items: [
        { id: 31, title: 'Báo cáo sơ kết phong trào thi đua', linkKind: 'SCHEME_ADOPTION', linkedId: 4 },
        { id: 32, title: 'Ký kết giao ước thi đua', linkKind: 'COVENANT', linkedId: 2 },
      ],
    });
  }, 30000);
});
