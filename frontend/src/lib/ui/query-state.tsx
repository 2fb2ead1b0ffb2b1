import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/lib/ui/error-alert';

/** Loading, error and empty states around a query; children render the data. */
export function QueryState<T>({
  query,
  isEmpty,
  emptyText,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <div role="status" aria-live="polite" aria-busy="true">
        <span className="visually-hidden">{t('app.loading')}</span>
        <Skeleton active />
      </div>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <Empty description={emptyText ?? t('common.empty')} />;
  return <>{children(query.data)}</>;
}
