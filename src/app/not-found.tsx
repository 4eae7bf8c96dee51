import { useTranslation } from '@/lib/i18n/use-translation';
import { Link } from '@/lib/router';

/** For an address that shows nothing: an unknown path, or a library article no longer there. */
export function NotFound() {
  const { t } = useTranslation('reader');
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/">{t('notFound.home')}</Link>
    </section>
  );
}
