// First, so zod is configured before the glossary's schema is built (see the module).
import '@/lib/zod-config';
import glossary from 'virtual:curated/glossary';
import { loadCuratedReading } from '@/content/curated-article';
import { PracticePage } from '@/features/vocabulary/components/practice-page';
import { VocabularyPage } from '@/features/vocabulary/components/vocabulary-page';
import { articlePath } from './paths';

// Loaded on demand with the whole glossary and article: the reader never waits for these pages.
const { article: curatedArticle } = await loadCuratedReading();

export function VocabularyRoute() {
  return (
    <VocabularyPage
      glossary={glossary}
      article={curatedArticle}
      articleHref={articlePath(curatedArticle.id)}
    />
  );
}

export function PracticeRoute() {
  return <PracticePage glossary={glossary} article={curatedArticle} />;
}
