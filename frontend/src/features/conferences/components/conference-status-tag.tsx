import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConferenceStatus } from '@/features/conferences/types';

const COLORS: Record<ConferenceStatus, string> = { SCHEDULED: 'blue', HELD: 'gold', MINUTES_SIGNED: 'green', CANCELLED: 'default' };

export function ConferenceStatusTag({ status }: { status: ConferenceStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`conference.statuses.${status}`)}</Tag>;
}
