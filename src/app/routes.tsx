import { lazy } from 'react';
import { curatedArticle } from '@/content/curated-article';
import {
  curatedAnnotations,
  curatedHeadwords,
  loadCuratedGlossary,
} from '@/content/curated-glossary';
import { languageFromPath, localizedPath } from '@/lib/i18n/language-path';
import { usePathname } from '@/lib/router';
import { articlePath, importedArticleId, routeKey } from './paths';
import { NotFound } from './not-found';
import { ReaderRoute } from './reader-route';

const VocabularyRoute = lazy(() =>
  import('./vocabulary-routes').then((m) => ({ default: m.VocabularyRoute })),
);
const PracticeRoute = lazy(() =>
  import('./vocabulary-routes').then((m) => ({ default: m.PracticeRoute })),
);

const ImportPage = lazy(() =>
  import('@/features/import/components/import-page').then((m) => ({ default: m.ImportPage })),
);
const ImportedArticleRoute = lazy(() =>
  import('./imported-article-route').then((m) => ({ default: m.ImportedArticleRoute })),
);

export function AppRoutes() {
  const pathname = usePathname();
  switch (routeKey(pathname)) {
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
      return (
        <ImportPage
          articleHref={(id) => localizedPath(articlePath(id), languageFromPath(pathname) ?? 'en')}
        />
      );
    case 'imported-article': {
      const id = importedArticleId(pathname) ?? '';
      return <ImportedArticleRoute key={id} id={id} />;
    }
    case 'not-found':
      return <NotFound />;
  }
}
