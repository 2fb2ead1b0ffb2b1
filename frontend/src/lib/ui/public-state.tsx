import type { ReactNode } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicRead } from '@/lib/api/use-public-read';

/** A public page's read in its three states: loading, not there (the page's own words), failed; else its content. */
export function PublicState<T>({ read, missingText, children }: { read: PublicRead<T>; missingText: string; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (read === undefined) return <p role="status">{t('app.loading')}</p>;
  if ('missing' in read) return <Alert type="warning" showIcon role="alert" title={missingText} />;
  if ('failed' in read) return <Alert type="error" showIcon role="alert" title={t('error.server')} />;
  return <>{children(read.data)}</>;
}
