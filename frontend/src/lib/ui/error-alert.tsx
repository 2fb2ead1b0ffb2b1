import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/problem';

/** Plain-words explanation of a failed API call. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (!isApiError(error)) return t('error.title');
    if (error.isNetwork) return t('error.network');
    if (error.isStale) return t('error.staleText');
    if (error.isUnauthenticated) return t('error.unauthenticated');
    if (error.isForbidden) return error.detail ?? t('error.forbidden');
    if (error.isNotFound) return t('error.notFound');
    if (error.status >= 500) return t('error.server');
    return error.detail ?? error.title;
  };
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('error.title')}
      description={text(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** 412 Precondition Failed: explain the conflict and offer to reload the latest data. */
export function ConflictAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-alert"
      title={t('error.staleTitle')}
      description={t('error.staleText')}
      action={
        <Button type="primary" onClick={onReload}>
          {t('error.staleReload')}
        </Button>
      }
    />
  );
}

/** A refused write in words (the problem's Vietnamese detail), a 412 as a conflict to reload. */
export function WriteError({ error, onReload }: { error: unknown; onReload: () => void }) {
  const text = useErrorText();
  if (!error) return null;
  if (isApiError(error) && error.isStale) return <ConflictAlert onReload={onReload} />;
  return <Alert type="error" showIcon role="alert" title={text(error)} />;
}
