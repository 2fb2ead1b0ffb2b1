import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderScreen } from '@/test/render';
import { createFakeApi, json, problem } from '@/test/fake-api';
import { SchemesSection } from '@/features/schemes/components/schemes-section';

const criterion = {
  id: 41,
  code: '1.1',
  title: 'Hoàn thành các chỉ tiêu, nhiệm vụ được giao',
  guidance: 'Hoàn thành 100% được tối đa',
  kind: 'QUALITATIVE',
  maxPoints: 60,
  step: 0.25,
  evidenceRequired: true,
  thresholds: [],
};

function scheme(over: Record<string, unknown> = {}) {
  return {
    id: 3,
    termId: 9,
    termYear: 2023,
    blocName: 'Khối thi đua Kinh tế – Kỹ thuật',
    versionNo: 1,
    title: 'Bảng tiêu chí chấm điểm thi đua năm 2023',
    totalPoints: 100,
    groupMaxima: 100,
    scoreFloor: 0,
    tieBreaks: ['FIRST_GROUP', 'FEWER_PENALTY', 'MEMBER_VOTE', 'LOT'],
    status: 'ADOPTED',
    adoptedAtConferenceId: 5,
    adoptedAtConferenceTitle: 'Hội nghị ký kết giao ước 2023',
    adoptedOn: '2023-02-20',
    groups: [
      { id: 7, code: 'I', title: 'Thực hiện nhiệm vụ chính trị', maxPoints: 60, criteriaMaxima: 60, criteria: [criterion] },
      {
        id: 8,
        code: 'II',
        title: 'Công tác thi đua, khen thưởng',
        maxPoints: 40,
        criteriaMaxima: 40,
        criteria: [{ ...criterion, id: 42, code: '2.1', title: 'Tổ chức phong trào thi đua', maxPoints: 40, evidenceRequired: false }],
      },
    ],
    version: 2,
    permissions: [],
    ...over,
  };
}

const summaryOf = (s: ReturnType<typeof scheme>) => ({
  id: s.id,
  versionNo: s.versionNo,
  title: s.title,
  totalPoints: s.totalPoints,
  status: s.status,
  adoptedOn: s.adoptedOn,
  groupCount: 2,
  criterionCount: 2,
});

const conferences = {
  items: [
    { id: 5, termId: 9, provinceCode: '06', kind: 'MID_YEAR_REVIEW', title: 'Hội nghị sơ kết 6 tháng', heldOn: '2023-07-06', venue: 'Hội trường', status: 'HELD', attendingUnits: 2, permissions: [] },
    { id: 6, termId: 9, provinceCode: '06', kind: 'YEAR_END_REVIEW', title: 'Hội nghị tổng kết', heldOn: '2023-12-20', venue: 'Hội trường', status: 'SCHEDULED', attendingUnits: 0, permissions: [] },
  ],
  page: 0,
  size: 100,
  total: 2,
  permissions: [],
};

describe('schemes section', () => {
  it('shows a member the adopted scheme read-only: groups, criteria, maxima, and no buttons to change it', async () => {
    const adopted = scheme();
    const fake = createFakeApi({
      'GET /api/v1/terms/9/schemes': () => json({ items: [summaryOf(adopted)], permissions: [] }),
      'GET /api/v1/schemes/3': () => json(adopted, { etag: '"s3"' }),
    });
    renderScreen(<SchemesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const view = within(await screen.findByTestId('scheme-3'));
    expect(screen.getByText('Đã thông qua')).toBeInTheDocument();
    expect(view.getByText('Thông qua tại Hội nghị ký kết giao ước 2023, ngày 20/02/2023')).toBeInTheDocument();
    expect(view.getByRole('heading', { name: 'I. Thực hiện nhiệm vụ chính trị' })).toBeInTheDocument();
    expect(view.getByText('Hoàn thành các chỉ tiêu, nhiệm vụ được giao')).toBeInTheDocument();
    expect(view.getAllByText('Chấm theo mức')).toHaveLength(2);
    expect(view.getByText('Tổng điểm tối đa 100; các nhóm cộng lại 100')).toBeInTheDocument();
    expect(view.queryByTestId('maxima-mismatch')).not.toBeInTheDocument();
    for (const action of ['Soạn thang điểm', 'Sửa', 'Thông qua', 'Sao thành bản mới', 'Hủy dự thảo', 'Hết hiệu lực']) {
      expect(screen.queryByRole('button', { name: new RegExp(`^${action}`) })).not.toBeInTheDocument();
    }
  });

  it('lets the leader draft a scheme: the request body is the groups → criteria tree', async () => {
    let body: unknown;
    const fake = createFakeApi({
      'GET /api/v1/terms/9/schemes': () => json({ items: [], permissions: ['CREATE'] }),
      'POST /api/v1/terms/9/schemes': (request) => {
        body = request.body;
        return json(scheme({ status: 'DRAFT', permissions: ['UPDATE', 'ADOPT', 'RETIRE', 'COPY'] }), { status: 201, etag: '"s3"' });
      },
    });
    renderScreen(<SchemesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Soạn thang điểm/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText('Tên thang điểm'), 'Bảng tiêu chí 2024');
    await user.click(dialog.getByRole('button', { name: /Thêm nhóm/ }));
    await user.type(dialog.getByLabelText('Mã nhóm'), 'I');
    await user.type(dialog.getByLabelText('Tên nhóm'), 'Nhiệm vụ chính trị');
    await user.type(dialog.getByLabelText('Điểm tối đa của nhóm'), '100');
    await user.click(dialog.getByRole('button', { name: /Thêm tiêu chí/ }));
    await user.type(dialog.getByLabelText('Mã tiêu chí'), '1.1');
    await user.type(dialog.getByLabelText('Nội dung tiêu chí'), 'Hoàn thành chỉ tiêu');
    await user.type(dialog.getByLabelText('Điểm tối đa'), '100');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() =>
      expect(body).toEqual({
        title: 'Bảng tiêu chí 2024',
        totalPoints: 100,
        scoreFloor: 0,
        tieBreaks: ['FIRST_GROUP', 'FEWER_PENALTY', 'MEMBER_VOTE', 'LOT'],
        groups: [
          {
            code: 'I',
            title: 'Nhiệm vụ chính trị',
            maxPoints: 100,
            criteria: [{ code: '1.1', title: 'Hoàn thành chỉ tiêu', kind: 'QUALITATIVE', maxPoints: 100, step: 0.25, evidenceRequired: false }],
          },
        ],
      }),
    );
  }, 60000);

  it('sends the floor and the tie-break chain in the order chosen, lots always last', async () => {
    let body: { scoreFloor?: number; tieBreaks?: string[] } | undefined;
    const fake = createFakeApi({
      'GET /api/v1/terms/9/schemes': () => json({ items: [], permissions: ['CREATE'] }),
      'POST /api/v1/terms/9/schemes': (request) => {
        body = request.body as typeof body;
        return json(scheme({ status: 'DRAFT' }), { status: 201, etag: '"s3"' });
      },
    });
    renderScreen(<SchemesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Soạn thang điểm/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText('Tên thang điểm'), 'Bảng tiêu chí 2024');
    await user.clear(dialog.getByLabelText('Điểm sàn'));
    await user.type(dialog.getByLabelText('Điểm sàn'), '10');
    const chain = within(dialog.getByTestId('tie-break-chain'));
    expect(chain.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Điểm nhóm tiêu chí thứ nhất cao hơn',
      'Ít điểm trừ hơn',
      'Các thành viên biểu quyết',
      'Bốc thăm',
    ]);
    await user.click(dialog.getByRole('button', { name: 'Bỏ bước Các thành viên biểu quyết' }));
    await user.click(dialog.getByRole('button', { name: 'Đưa Ít điểm trừ hơn lên trước' }));
    expect(dialog.getByRole('button', { name: /Thêm Các thành viên biểu quyết/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(body).toBeDefined());
    expect({ scoreFloor: body?.scoreFloor, tieBreaks: body?.tieBreaks }).toEqual({ scoreFloor: 10, tieBreaks: ['FEWER_PENALTY', 'FIRST_GROUP', 'LOT'] });
  }, 30000);

  it('shows the read-only floor and chain', async () => {
    const fake = createFakeApi({
      'GET /api/v1/terms/9/schemes': () => json({ items: [summaryOf(scheme())], permissions: [] }),
      'GET /api/v1/schemes/3': () => json(scheme({ scoreFloor: 20, tieBreaks: ['FEWER_PENALTY', 'LOT'] }), { etag: '"s3"' }),
    });
    renderScreen(<SchemesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    expect(await screen.findByText(/Điểm sàn 20\. Khi bằng điểm: Ít điểm trừ hơn → Bốc thăm/)).toBeInTheDocument();
  });

  it('shows a 422 field error of the tree beside its field', async () => {
    const fake = createFakeApi({
      'GET /api/v1/terms/9/schemes': () => json({ items: [], permissions: ['CREATE'] }),
      'POST /api/v1/terms/9/schemes': () =>
        problem(422, {
          code: 'SCHEME_STEP_MISMATCH',
          detail: 'Điểm tối đa 0,3 của tiêu chí 1.1 không chia hết cho bước điểm 0,25.',
          errors: [{ field: 'groups[0].criteria[0].maxPoints', message: 'Không chia hết cho bước điểm 0,25', code: 'SCHEME_STEP_MISMATCH' }],
        }),
    });
    renderScreen(<SchemesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Soạn thang điểm/ }));
    const dialog = within(await screen.findByRole('dialog'));
    await user.type(dialog.getByLabelText('Tên thang điểm'), 'Bảng tiêu chí 2024');
    await user.click(dialog.getByRole('button', { name: /Thêm nhóm/ }));
    await user.type(dialog.getByLabelText('Mã nhóm'), 'I');
    await user.type(dialog.getByLabelText('Tên nhóm'), 'Nhiệm vụ chính trị');
    await user.type(dialog.getByLabelText('Điểm tối đa của nhóm'), '1');
    await user.click(dialog.getByRole('button', { name: /Thêm tiêu chí/ }));
    await user.type(dialog.getByLabelText('Mã tiêu chí'), '1.1');
    await user.type(dialog.getByLabelText('Nội dung tiêu chí'), 'Hoàn thành chỉ tiêu');
    await user.type(dialog.getByLabelText('Điểm tối đa'), '0.3');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await dialog.findByText('Không chia hết cho bước điểm 0,25')).toBeInTheDocument();
    expect(dialog.getByRole('alert')).toHaveTextContent('Điểm tối đa 0,3 của tiêu chí 1.1 không chia hết cho bước điểm 0,25.');
  }, 60000);

  describe('adopting a draft', () => {
    const draft = scheme({
      id: 4,
      versionNo: 2,
      status: 'DRAFT',
      adoptedAtConferenceId: undefined,
      adoptedAtConferenceTitle: undefined,
      adoptedOn: undefined,
      groupMaxima: 95,
      groups: [{ ...scheme().groups[0], criteriaMaxima: 55 }, scheme().groups[1]],
      permissions: ['UPDATE', 'ADOPT', 'RETIRE', 'COPY'],
    });
    function api() {
      const fake = createFakeApi({
        'GET /api/v1/terms/9/schemes': () => json({ items: [summaryOf(draft)], permissions: ['CREATE'] }),
        'GET /api/v1/schemes/4': () => json(draft, { etag: '"s4"' }),
        'GET /api/v1/terms/9/conferences': () => json(conferences),
      });
      return fake;
    }
    async function adopt(fake: ReturnType<typeof api>) {
      renderScreen(<SchemesSection termId={9} />, { roles: ['officer'], fetch: fake.fetch });
      const user = userEvent.setup();
      const view = within(await screen.findByTestId('scheme-4'));
      await user.click(view.getByRole('button', { name: /Thông qua/ }));
      const dialog = within(await screen.findByRole('dialog'));
      await user.click(await dialog.findByRole('combobox', { name: 'Hội nghị thông qua' }));
      expect(screen.queryByTitle('Hội nghị tổng kết (20/12/2023)')).not.toBeInTheDocument();
      await user.click(await screen.findByTitle('Hội nghị sơ kết 6 tháng (06/07/2023)'));
      await user.click(dialog.getByRole('button', { name: /^Thông qua$/ }));
      return { view, dialog };
    }

    it('marks the maxima that do not add up, and adopts with If-Match and the held conference', async () => {
      const fake = api();
      let sent: { body: unknown; ifMatch: string | null } | undefined;
      fake.routes['POST /api/v1/schemes/4/status'] = (request) => {
        sent = { body: request.body, ifMatch: request.headers.get('If-Match') };
        return json({ ...draft, status: 'ADOPTED' }, { etag: '"s4b"' });
      };
      const { view } = await adopt(fake);
      expect(view.getAllByTestId('maxima-mismatch')).toHaveLength(2);
      expect(view.getByText('Điểm tối đa của nhóm 60; các tiêu chí được tính cộng lại 55')).toBeInTheDocument();
      await waitFor(() => expect(sent).toEqual({ body: { status: 'ADOPTED', conferenceId: 5 }, ifMatch: '"s4"' }));
    }, 30000);

    it('shows a 422 SCHEME_GROUP_MAXIMA in Vietnamese', async () => {
      const fake = api();
      fake.routes['POST /api/v1/schemes/4/status'] = () =>
        problem(422, {
          code: 'SCHEME_GROUP_MAXIMA',
          detail: 'Nhóm I có điểm tối đa 60 nhưng các tiêu chí cộng lại 55.',
          errors: [{ field: 'groups[0].maxPoints', message: 'Nhóm I có điểm tối đa 60 nhưng các tiêu chí cộng lại 55.', code: 'SCHEME_GROUP_MAXIMA' }],
        });
      const { dialog } = await adopt(fake);
      expect(await dialog.findByRole('alert')).toHaveTextContent('Nhóm I có điểm tối đa 60 nhưng các tiêu chí cộng lại 55.');
    }, 30000);
  });

  it("starts the year from the bloc's last year's adopted scheme, and says when there is none", async () => {
    let copied: unknown;
    const lastYear = scheme({ id: 2, termId: 8, termYear: 2022, title: 'Bảng tiêu chí năm 2022' });
    const fake = createFakeApi({
      'GET /api/v1/terms/9/schemes': () => json({ items: [], permissions: ['CREATE'] }),
      'GET /api/v1/terms': (request) =>
        json({ items: request.search.includes('year=2022') && request.search.includes('blocId=4') ? [{ id: 8 }] : [], page: 0, size: 20, total: 1 }),
      'GET /api/v1/terms/8/schemes': () =>
        json({ items: [{ ...summaryOf(lastYear), id: 1, status: 'RETIRED' }, summaryOf(lastYear)], permissions: [] }),
      'POST /api/v1/terms/9/schemes/copies': (request) => {
        copied = request.body;
        return json(scheme({ id: 10, status: 'DRAFT', copiedFromId: 2 }), { status: 201, etag: '"s10"' });
      },
    });
    const user = userEvent.setup();
    const first = renderScreen(<SchemesSection termId={9} blocId={4} year={2023} />, { roles: ['officer'], fetch: fake.fetch });
    await user.click(await screen.findByRole('button', { name: 'Sao thang điểm năm 2022' }));
    await waitFor(() => expect(copied).toEqual({ schemeId: 2 }));
    first.unmount();

    renderScreen(<SchemesSection termId={9} blocId={5} year={2023} />, { roles: ['officer'], fetch: fake.fetch });
    await user.click(await screen.findByRole('button', { name: 'Sao thang điểm năm 2022' }));
    expect(await screen.findByText('Khối chưa có thang điểm năm 2022 để sao.')).toBeInTheDocument();
  });
});
