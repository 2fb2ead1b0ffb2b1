import { Alert, Card, List, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';
import { TAG_COLORS } from '@/lib/ui/labels';
import { useErrorText } from '@/lib/ui/error-alert';
import { useTermTasks, type Task } from '@/features/tasks/api/list-term-tasks';

function TaskItem({ task }: { task: Task }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid={`task-${task.kind}-${task.subjectId}`}>
      <div className="stack full-width">
        <Space wrap>
          <strong>{t(`task.kind.${task.kind}`, { count: task.count ?? 0 })}</strong>
          {task.overdue ? <Tag color={TAG_COLORS.red}>{t('task.overdue')}</Tag> : null}
          {task.dueOn ? <span className="muted">{t(task.subject === 'CONFERENCE' ? 'task.on' : 'task.due', { date: formatDate(task.dueOn) })}</span> : null}
        </Space>
        <span>{task.title}</span>
      </div>
    </List.Item>
  );
}

/**
 * "Việc cần làm": the caller's own unit's tasks in the term (register, sign, attend) and, for those
 * who run the bloc, the managers' (launch, review, collect signatures, minutes). Readers see nothing.
 */
export function TermTasksSection({ termId }: { termId: number }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const query = useTermTasks(termId);
  if (query.isError) return <Alert type="warning" showIcon title={errorText(query.error)} />;
  const tasks = query.data;
  if (!tasks || (!tasks.unit && !tasks.manages)) return null;
  return (
    <Card title={<h2 className="card-heading">{tasks.unit ? t('task.titleFor', { unit: tasks.unit.name }) : t('task.title')}</h2>} data-testid="term-tasks">
      {tasks.items.length === 0 ? (
        <p className="muted">{t('task.none')}</p>
      ) : (
        <List size="small" dataSource={tasks.items} rowKey={(task) => `${task.kind}-${task.subjectId}`} renderItem={(task) => <TaskItem task={task} />} />
      )}
    </Card>
  );
}
