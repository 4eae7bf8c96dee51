import { useEffect, useMemo, useState } from 'react';
import type { Article } from '@/content/article-schema';
import { loadCuratedReading } from '@/content/curated-article';
import { loadCuratedGlossary } from '@/content/curated-glossary';
import type { Glossary } from '@/content/glossary-schema';
import { annotateArticle, type ArticleTerms } from '@/features/import/utils/terms/annotate-article';
import {
  compileTermPatterns,
  type PatternIndex,
} from '@/features/import/utils/terms/term-patterns';

const none: ArticleTerms = {
  annotations: [],
  glossary: { article: 'none', entries: [] },
  headwords: {},
};
const compiled = new WeakMap<Glossary, PatternIndex>();

function patternsOf(glossary: Glossary, curated: Article) {
  let patterns = compiled.get(glossary);
  if (!patterns) compiled.set(glossary, (patterns = compileTermPatterns(glossary, curated)));
  return patterns;
}

/**
 * The curated glossary's terms in an imported article, found when it opens (so they follow the
 * glossary as it changes). Until then, and if the glossary cannot load, the article has none.
 */
export function useArticleTerms(article: Article) {
  const pending = useMemo(
    () =>
      Promise.all([loadCuratedGlossary(), loadCuratedReading()]).then(
        ([glossary, curated]) =>
          annotateArticle(article, glossary, patternsOf(glossary, curated.article)),
        () => none,
      ),
    [article],
  );
  const [terms, setTerms] = useState<{ for: Promise<ArticleTerms>; terms: ArticleTerms }>();
  useEffect(() => {
    let live = true;
    void pending.then((found) => live && setTerms({ for: pending, terms: found }));
    return () => {
      live = false;
    };
  }, [pending]);
  const loadGlossary = useMemo(() => () => pending.then((found) => found.glossary), [pending]);
  const current = terms?.for === pending ? terms.terms : none;
  return { ...current, loadGlossary };
}
