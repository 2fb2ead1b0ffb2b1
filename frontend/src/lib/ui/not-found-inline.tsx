import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function NotFoundInline() {
  const { t } = useTranslation();
  return <Result status="404" title={t('error.pageNotFound')} subTitle={t('error.notFound')} />;
}
