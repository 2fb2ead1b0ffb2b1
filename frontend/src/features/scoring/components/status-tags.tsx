import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { TAG_COLORS } from '@/lib/ui/labels';

const sheetColor: Record<string, string> = {
  DRAFT: 'default',
  SELF_SUBMITTED: TAG_COLORS.blue,
  IN_REVIEW: TAG_COLORS.purple,
  EXPLANATION_REQUESTED: TAG_COLORS.red,
  EXPLAINED: TAG_COLORS.brown,
  CONSOLIDATED: TAG_COLORS.green,
  FINAL: TAG_COLORS.green,
};

export function SheetStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={sheetColor[status] ?? 'default'}>{t(`scoring.sheetStatus.${status}`)}</Tag>;
}

export function LateTag({ late }: { late: boolean }) {
  const { t } = useTranslation();
  return late ? <Tag color={TAG_COLORS.red}>{t('scoring.late')}</Tag> : null;
}
