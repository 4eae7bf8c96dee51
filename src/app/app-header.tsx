import { useTranslation } from '@/lib/i18n/use-translation';
import * as v from 'valibot';
import { LanguageSwitch } from '@/components/language-switch';
import { DueCount } from '@/features/vocabulary/components/due-count';
import { localizedPath, stripLanguagePrefix } from '@/lib/i18n/language-path';
import { languageSchema } from '@/lib/i18n/languages';
import { Link, usePathname } from '@/lib/router';

export function AppHeader() {
  const { t, i18n } = useTranslation('common');
  const path = stripLanguagePrefix(usePathname()).replace(/(.)\/$/, '$1');
  const language = v.parse(v.fallback(languageSchema, 'en'), i18n.language);
  const href = (page: string) => localizedPath(page, language);
  const current = (page: string) => (path === page ? 'page' : undefined);
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('skipLink')}
      </a>
      <Link className="brand" href={href('/')}>
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <Link href={href('/')} className="nav-link" aria-current={current('/')}>
          {t('nav.article')}
        </Link>
        <Link href={href('/vocabulary')} className="nav-link" aria-current={current('/vocabulary')}>
          {t('nav.vocabulary')}
        </Link>
        <Link href={href('/import')} className="nav-link" aria-current={current('/import')}>
          {t('nav.import')}
        </Link>
        <DueCount href={href('/practice')} />
      </nav>
      <LanguageSwitch />
    </header>
  );
}
