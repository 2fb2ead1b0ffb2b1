import { Alert, Button } from 'antd';
import { useRouteError } from 'react-router-dom';
import { useTranslation } from 'react-i18next';

/** Shown when a route fails to load (e.g. a lazy chunk is gone after a deploy). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <div className="narrow" role="alert">
      <Alert
        type="error"
        showIcon
        title={t('error.title')}
        description={error instanceof Error ? error.message : String(error)}
        action={<Button onClick={() => window.location.reload()}>{t('app.reload')}</Button>}
      />
    </div>
  );
}
