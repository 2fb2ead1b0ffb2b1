import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';

const termStatusColor: Record<string, string> = {
  PLANNING: 'default',
  ACTIVE: 'green',
  SCORING: 'blue',
  RESULTS_CONFIRMED: 'purple',
  CLOSED: 'default',
};
const roleColor: Record<string, string> = { LEADER: 'red', DEPUTY: 'orange', MEMBER: 'default' };

export function TermStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={termStatusColor[status] ?? 'default'} className="tag-contrast">{t(`enum.termStatus.${status}`)}</Tag>;
}

export function RoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return <Tag color={roleColor[role] ?? 'default'} className="tag-contrast">{t(`enum.role.${role}`)}</Tag>;
}

export interface DecisionLike {
  number: string;
  date: string;
  issuer: string;
  title?: string | null;
}

/** "Số 138/QĐ-UBND ngày 15/02/2024 của UBND tỉnh Bắc Ninh". */
export function DecisionText({ decision }: { decision?: DecisionLike | null }) {
  const { t } = useTranslation();
  if (!decision) return <span className="muted">{t('common.none')}</span>;
  return (
    <span>
      {t('decision.format', { number: decision.number, date: formatDate(decision.date), issuer: decision.issuer })}
      {decision.title ? ` — ${decision.title}` : ''}
    </span>
  );
}
