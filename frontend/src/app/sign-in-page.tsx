import { Button } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { PageHeader } from '@/lib/ui/page-header';

export function SignInPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  return (
    <div className="narrow">
      <PageHeader title={t('auth.welcomeTitle')} />
      <div className="panel">
        <p>{t('auth.welcomeText')}</p>
        <Button type="primary" size="large" icon={<LoginOutlined aria-hidden />} onClick={() => void session.signIn()}>
          {t('auth.signIn')}
        </Button>
      </div>
    </div>
  );
}
