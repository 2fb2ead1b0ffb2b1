import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConferenceStatus } from '@/features/conferences/types';
import { TAG_COLORS } from '@/lib/ui/labels';

// solid colours with white text (antd's named light tags fail WCAG contrast)
const COLORS: Record<ConferenceStatus, string> = {
  SCHEDULED: TAG_COLORS.blue,
  HELD: TAG_COLORS.brown,
  MINUTES_SIGNED: TAG_COLORS.green,
  CANCELLED: 'default',
};

export function ConferenceStatusTag({ status }: { status: ConferenceStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`conference.statuses.${status}`)}</Tag>;
}
