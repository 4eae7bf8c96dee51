import { use } from 'react';
import { FeatureBoundary, type FeatureName } from '@/components/feature-boundary';
import { StorageNotice } from '@/components/storage-notice';
import { curatedReadingNow, loadCuratedAbout, loadCuratedReading } from '@/content/curated-article';
import { loadCuratedGlossary } from '@/content/curated-glossary';
import { languageFromPath, localizedPath } from '@/lib/i18n/language-path';
import { retryableLazy } from '@/lib/retryable-lazy';
import { usePathname } from '@/lib/router';
import { articlePath, importedArticleId, routeKey, type RouteKey } from './paths';
import { NotFound } from './not-found';
import { ReaderRoute } from './reader-route';

const VocabularyRoute = retryableLazy(() =>
  import('./vocabulary-routes').then((m) => ({ default: m.VocabularyRoute })),
);
const PracticeRoute = retryableLazy(() =>
  import('./vocabulary-routes').then((m) => ({ default: m.PracticeRoute })),
);

const ImportPage = retryableLazy(() =>
  import('./import-route').then((m) => ({ default: m.ImportPage })),
);
const ImportedArticleRoute = retryableLazy(() =>
  import('./imported-article-route').then((m) => ({ default: m.ImportedArticleRoute })),
);

const features: Record<RouteKey, FeatureName> = {
  reader: 'reader',
  vocabulary: 'vocabulary',
  practice: 'practice',
  import: 'import',
  'imported-article': 'importedArticle',
  'not-found': 'page',
};

/** Each page fails on its own: the header, language switch and navigation keep working. */
export function AppRoutes() {
  const pathname = usePathname();
  const route = routeKey(pathname);
  return (
    <>
      <StorageNotice />
      <FeatureBoundary key={route} feature={features[route]}>
        <Route route={route} pathname={pathname} />
      </FeatureBoundary>
    </>
  );
}

function Route({ route, pathname }: { route: RouteKey; pathname: string }) {
  switch (route) {
    // `/` opens the curated article; the article also keeps its own stable address.
    case 'reader':
      return <CuratedReader />;
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

/** The curated article: read from the prerendered page, or (on any other page) fetched first. */
function CuratedReader() {
  const { article, annotations } = curatedReadingNow() ?? use(loadCuratedReading());
  return (
    <ReaderRoute
      key={article.id}
      article={article}
      annotations={annotations}
      loadGlossary={loadCuratedGlossary}
      loadAbout={loadCuratedAbout}
    />
  );
}
