import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/language-switch';
import { DueCount } from '@/features/vocabulary/components/due-count';
import { Link, usePathname } from '@/lib/router';

export function AppHeader() {
  const { t } = useTranslation(['common', 'vocabulary']);
  const path = usePathname();
  const current = (href: string) => (path === href ? 'page' : undefined);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <Link className="brand" href="/">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <Link href="/" className="nav-link" aria-current={current('/')}>
          {t('vocabulary:nav.article')}
        </Link>
        <Link href="/vocabulary" className="nav-link" aria-current={current('/vocabulary')}>
          {t('vocabulary:nav.vocabulary')}
        </Link>
        <DueCount />
      </nav>
      <LanguageSwitch />
    </header>
  );
}
