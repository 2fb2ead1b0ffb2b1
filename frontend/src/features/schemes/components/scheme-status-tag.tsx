import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SchemeStatus } from '@/features/schemes/types';
import { TAG_COLORS } from '@/lib/ui/labels';

// solid colours with white text (antd's named light tags fail WCAG contrast)
const COLORS: Record<SchemeStatus, string> = { DRAFT: TAG_COLORS.blue, ADOPTED: TAG_COLORS.green, RETIRED: 'default' };

export function SchemeStatusTag({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`scheme.statuses.${status}`)}</Tag>;
}
