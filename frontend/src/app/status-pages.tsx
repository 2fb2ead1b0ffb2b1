import { useTranslation } from 'react-i18next';
import { paths } from '@/lib/routing/paths';
import { PageHeader } from '@/lib/ui/page-header';
import { ButtonLink } from '@/lib/ui/button-link';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('error.pageNotFound')} />
      <div className="panel">
        <p>{t('error.pageNotFoundText')}</p>
        <ButtonLink type="primary" to={paths.home()}>
          {t('error.goHome')}
        </ButtonLink>
      </div>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('auth.forbiddenTitle')} />
      <div className="panel" role="alert">
        <p>{t('auth.forbiddenText')}</p>
        <ButtonLink to={paths.home()}>{t('error.goHome')}</ButtonLink>
      </div>
    </>
  );
}
