import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';

export function AppHeader() {
  const { t } = useTranslation('common');
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <a className="brand" href="/">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </a>
      <LanguageSwitch />
    </header>
  );
}
