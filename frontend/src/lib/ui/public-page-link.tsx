import type { ReactNode } from 'react';
import { Button } from 'antd';
import { GlobalOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * A link from a signed-in screen to a public page (no sign-in): a full page load, not a route of the
 * application's router (the public pages are rendered without it), in a new tab so the session stays.
 */
export function PublicPageLink({ href, children, testId }: { href: string; children?: ReactNode; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Button href={href} target="_blank" rel="noopener" icon={<GlobalOutlined aria-hidden />} data-testid={testId} title={t('publicPages.linkHint')}>
      {children ?? t('publicPages.link')}
    </Button>
  );
}
