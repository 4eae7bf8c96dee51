// Curated content compiled at build time by scripts/content-plugin.ts.
declare module 'virtual:curated/article' {
  import type { Article } from '@/content/article-schema';

  const article: Article;
  export default article;
}

declare module 'virtual:curated/glossary' {
  import type { Glossary } from '@/content/glossary-schema';

  const glossary: Glossary;
  export default glossary;
}

declare module 'virtual:curated/article-skeleton' {
  import type { ArticleSkeleton } from '@/content/article-skeleton';

  const skeleton: ArticleSkeleton;
  export default skeleton;
}

declare module 'virtual:curated/article-texts' {
  import type { ArticleTexts } from '@/content/article-skeleton';

  const texts: ArticleTexts;
  export default texts;
}

declare module 'virtual:curated/article-about' {
  import type { Article } from '@/content/article-schema';

  const about: Pick<Article, 'curations' | 'notes'>;
  export default about;
}

declare module 'virtual:curated/annotations' {
  import type { TermAnnotation } from '@/content/validate-glossary';

  const annotations: TermAnnotation[];
  export default annotations;
}
