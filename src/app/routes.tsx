import { useTranslation } from 'react-i18next';
import { curatedArticle } from '@/content/curated-article';
import { ReaderPage } from '@/features/reader/components/reader-page';
import { Link, usePathname } from '@/lib/router';

export const articlePath = (id: string) => `/articles/${id}`;

function NotFound() {
  const { t } = useTranslation('reader');
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link href="/">{t('notFound.home')}</Link>
    </section>
  );
}

export function AppRoutes() {
  const path = usePathname().replace(/\/+$/, '') || '/';
  // `/` opens the curated article; the article also keeps its own stable address.
  if (path === '/' || path === articlePath(curatedArticle.id)) {
    return <ReaderPage key={curatedArticle.id} article={curatedArticle} />;
  }
  return <NotFound />;
}
