import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { TranslationOutlined } from '@ant-design/icons';

/** One button switching between Vietnamese and English; the choice is remembered. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  const next = i18n.language === 'en' ? 'vi' : 'en';
  return (
    <Button
      className={className}
      type="text"
      icon={<TranslationOutlined aria-hidden />}
      data-testid="language-switch"
      aria-label={`${t('language.switchTo')}: ${t(`language.${next}`)}`}
      onClick={() => void i18n.changeLanguage(next)}
    >
      <span lang={next}>{t(`language.${next}`)}</span>
    </Button>
  );
}
