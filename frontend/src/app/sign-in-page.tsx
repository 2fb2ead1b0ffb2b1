import { useState } from 'react';
import { Alert, Button } from 'antd';
import { LoginOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '@/lib/auth/auth-context';
import { PageHeader } from '@/lib/ui/page-header';

export function SignInPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const [state, setState] = useState<'idle' | 'redirecting' | 'unavailable'>('idle');
  const signIn = () => {
    setState('redirecting');
    // On success the browser leaves for Keycloak; a rejection means Keycloak did not answer.
    session.signIn().catch(() => setState('unavailable'));
  };
  return (
    <div className="narrow">
      <PageHeader title={t('auth.welcomeTitle')} />
      <div className="panel">
        <p>{t('auth.welcomeText')}</p>
        {state === 'unavailable' ? (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={t('auth.signInUnavailableTitle')}
            description={t('auth.signInUnavailable')}
          />
        ) : null}
        <Button
          type="primary"
          size="large"
          icon={<LoginOutlined aria-hidden />}
          loading={state === 'redirecting'}
          onClick={signIn}
        >
          {t('auth.signIn')}
        </Button>
      </div>
    </div>
  );
}
