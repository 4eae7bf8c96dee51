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

declare module 'virtual:curated/annotations' {
  import type { TermAnnotation } from '@/content/validate-glossary';

  const content: { annotations: TermAnnotation[]; headwords: Record<string, string> };
  export default content;
}
