import { useEffect } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { curatedSkeleton, loadCuratedReading } from '@/content/curated-article';
import { formatPartialDate } from '@/lib/format-date';
import { Link } from '@/lib/router';

/** The curated article heads the library: it can be opened, not renamed or deleted. */
export function CuratedItem({ href }: { href: string }) {
  const { t, i18n } = useTranslation('import');
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  // Its text is fetched ahead, so that opening it from here shows it at once.
  useEffect(() => void loadCuratedReading().catch(() => {}), []);
  return (
    <li className="library-item">
      <div className="library-item-text">
        <Link href={href} className="library-item-title" lang={language}>
          {curatedSkeleton.headline[language]}
        </Link>{' '}
        <span className="import-hint">{t('library.curated')}</span>
        <p className="import-hint">
          <time dateTime={curatedSkeleton.date}>
            {formatPartialDate(curatedSkeleton.date, language)}
          </time>
          {' · '}
          {t('library.paragraphs', { count: curatedSkeleton.paragraphs.length })}
        </p>
      </div>
    </li>
  );
}
