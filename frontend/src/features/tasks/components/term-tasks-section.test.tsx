import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderScreen } from '@/test/render';
import { createFakeApi, json } from '@/test/fake-api';
import { TermTasksSection } from '@/features/tasks/components/term-tasks-section';

const unit = { id: 4, code: 'BKN.SCT', name: 'Sở Công Thương' };

function api(body: object) {
  return createFakeApi({ 'GET /api/v1/terms/9/tasks': () => json({ termId: 9, ...body }) });
}

describe('term tasks section', () => {
  it("lists a member unit's tasks, the overdue ones marked, dates worded by kind", async () => {
    const items = [
      { kind: 'RESUBMIT_REGISTRATION', subject: 'CAMPAIGN', subjectId: 3, title: 'Phong trào thi đua năm 2023', dueOn: '2023-03-31', overdue: true },
      { kind: 'ATTEND_CONFERENCE', subject: 'CONFERENCE', subjectId: 5, title: 'Hội nghị sơ kết 6 tháng', dueOn: '2023-07-06', overdue: false },
      { kind: 'SIGN_COVENANT', subject: 'COVENANT', subjectId: 2, title: 'Giao ước thi đua năm 2023', overdue: false },
    ];
    renderScreen(<TermTasksSection termId={9} />, { roles: ['officer'], fetch: api({ unit, manages: false, items }).fetch });
    expect(await screen.findByRole('heading', { name: 'Việc cần làm của Sở Công Thương' })).toBeInTheDocument();
    const resubmit = within(screen.getByTestId('task-RESUBMIT_REGISTRATION-3'));
    expect(resubmit.getByText('Bổ sung và gửi lại bản đăng ký bị trả lại')).toBeInTheDocument();
    expect(resubmit.getByText('Quá hạn')).toBeInTheDocument();
    expect(resubmit.getByText('Hạn: 31/03/2023')).toBeInTheDocument();
    const attend = within(screen.getByTestId('task-ATTEND_CONFERENCE-5'));
    expect(attend.getByText('Ngày: 06/07/2023')).toBeInTheDocument();
    expect(attend.queryByText('Quá hạn')).not.toBeInTheDocument();
    expect(screen.getByTestId('task-SIGN_COVENANT-2')).toHaveTextContent('Ký giao ước thi đuaGiao ước thi đua năm 2023');
  });

  it("counts the managers' work and says when nothing waits", async () => {
    const items = [{ kind: 'COLLECT_SIGNATURES', subject: 'COVENANT', subjectId: 2, title: 'Giao ước', overdue: false, count: 3 }];
    const first = renderScreen(<TermTasksSection termId={9} />, { roles: ['admin'], fetch: api({ manages: true, items }).fetch });
    expect(await screen.findByRole('heading', { name: 'Việc cần làm' })).toBeInTheDocument();
    expect(screen.getByText('Đôn đốc 3 đơn vị chưa ký giao ước')).toBeInTheDocument();
    first.unmount();
    renderScreen(<TermTasksSection termId={9} />, { roles: ['officer'], fetch: api({ unit, manages: false, items: [] }).fetch });
    expect(await screen.findByText('Không có việc nào đang chờ.')).toBeInTheDocument();
  });

  it('shows nothing to a reader who neither belongs to the bloc nor runs it', async () => {
    const fake = api({ manages: false, items: [] });
    renderScreen(<TermTasksSection termId={9} />, { roles: ['viewer'], fetch: fake.fetch });
    await vi.waitFor(() => expect(fake.requests.length).toBeGreaterThan(0));
    expect(screen.queryByTestId('term-tasks')).not.toBeInTheDocument();
  });
});
