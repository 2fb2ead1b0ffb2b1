import type { ReactNode } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import viVN from 'antd/es/locale/vi_VN';
import enUS from 'antd/es/locale/en_US';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { AuthProvider } from '@/lib/auth/auth-context';
import type { AuthSession } from '@/lib/auth/session';
import { appThemeFor, prefersReducedMotion } from '@/app/theme';
import { TERM_SECTIONS } from '@/app/term-sections';
import { TermSectionsProvider } from '@/lib/ui/term-sections';
import { TERM_RECORD_SOURCES } from '@/app/term-records';
import { TermRecordSourcesProvider } from '@/lib/ui/term-records';
import { UNIT_SECTIONS } from '@/app/unit-sections';
import { UnitSectionsProvider } from '@/lib/ui/unit-sections';

const antdTheme = appThemeFor(prefersReducedMotion());

function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={antdTheme}>
      <AntdApp component={false}>{children}</AntdApp>
    </ConfigProvider>
  );
}

export function AppProviders({
  i18n,
  session,
  queryClient,
  children,
}: {
  i18n: I18n;
  session: AuthSession;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AuthProvider session={session}>
          <AntdLocale>
            <TermSectionsProvider value={TERM_SECTIONS}>
              <TermRecordSourcesProvider value={TERM_RECORD_SOURCES}>
                <UnitSectionsProvider value={UNIT_SECTIONS}>{children}</UnitSectionsProvider>
              </TermRecordSourcesProvider>
            </TermSectionsProvider>
          </AntdLocale>
        </AuthProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
