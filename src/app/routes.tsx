import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { curatedArticle } from '@/content/curated-article';
import {
  curatedAnnotations,
  curatedHeadwords,
  loadCuratedGlossary,
} from '@/content/curated-glossary';
import { Link, usePathname } from '@/lib/router';
import { routeKey } from './paths';
import { ReaderRoute } from './reader-route';

const VocabularyRoute = lazy(() =>
  import('./vocabulary-routes').then((m) => ({ default: m.VocabularyRoute })),
);
const PracticeRoute = lazy(() =>
  import('./vocabulary-routes').then((m) => ({ default: m.PracticeRoute })),
);

const ImportRoute = lazy(() =>
  import('@/features/import/components/import-page').then((m) => ({ default: m.ImportPage })),
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
  switch (routeKey(usePathname())) {
    // `/` opens the curated article; the article also keeps its own stable address.
    case 'reader':
      return (
        <ReaderRoute
          key={curatedArticle.id}
          article={curatedArticle}
          annotations={curatedAnnotations}
          headwords={curatedHeadwords}
          loadGlossary={loadCuratedGlossary}
        />
      );
    case 'vocabulary':
      return <VocabularyRoute />;
    case 'practice':
      return <PracticeRoute />;
    case 'import':
      return <ImportRoute />;
    case 'not-found':
      return <NotFound />;
  }
}
