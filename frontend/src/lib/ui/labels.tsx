import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format/date';

/** Solid colours with white text (contrast ≥ 4.5:1); 'default' is dark text on light grey. */
export const TAG_COLORS = {
  green: '#1b7a3a',
  blue: '#1d4ed8',
  purple: '#6b21a8',
  red: '#9c1f18',
  brown: '#8a4b00',
} as const;

const termStatusColor: Record<string, string> = {
  PLANNING: 'default',
  ACTIVE: TAG_COLORS.green,
  SCORING: TAG_COLORS.blue,
  RESULTS_CONFIRMED: TAG_COLORS.purple,
  CLOSED: 'default',
};
const roleColor: Record<string, string> = { LEADER: TAG_COLORS.red, DEPUTY: TAG_COLORS.brown, MEMBER: 'default' };

export function TermStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={termStatusColor[status] ?? 'default'}>{t(`enum.termStatus.${status}`)}</Tag>;
}

export function RoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return <Tag color={roleColor[role] ?? 'default'}>{t(`enum.role.${role}`)}</Tag>;
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

/** The mark of a past year recorded as its sources give it; the citation shows on hover and to screen readers. */
export function FromSourcesTag({ recorded, reason }: { recorded: boolean; reason?: string | null }) {
  const { t } = useTranslation();
  if (!recorded) return null;
  return (
    <Tooltip title={reason}>
      <Tag color="default" data-testid="from-sources" aria-label={reason ? `${t('term.fromSources')}: ${reason}` : undefined}>
        {t('term.fromSources')}
      </Tag>
    </Tooltip>
  );
}
