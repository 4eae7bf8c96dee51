import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { curatedArticle } from '@/content/curated-article';
import { curatedAnnotations, curatedGlossary } from '@/content/curated-glossary';
import { Link, usePathname } from '@/lib/router';
import { ReaderRoute } from './reader-route';

export const articlePath = (id: string) => `/articles/${id}`;

// Pages other than the reader load on demand, so reading never waits for them.
const VocabularyPage = lazy(() =>
  import('@/features/vocabulary/components/vocabulary-page').then((m) => ({
    default: m.VocabularyPage,
  })),
);
const PracticePage = lazy(() =>
  import('@/features/vocabulary/components/practice-page').then((m) => ({
    default: m.PracticePage,
  })),
);

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
    return (
      <ReaderRoute
        key={curatedArticle.id}
        article={curatedArticle}
        glossary={curatedGlossary}
        annotations={curatedAnnotations}
      />
    );
  }
  if (path === '/vocabulary') {
    return (
      <VocabularyPage
        glossary={curatedGlossary}
        article={curatedArticle}
        articleHref={articlePath(curatedArticle.id)}
      />
    );
  }
  if (path === '/practice')
    return <PracticePage glossary={curatedGlossary} article={curatedArticle} />;
  return <NotFound />;
}
