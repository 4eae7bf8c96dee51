import type { Article } from './article-schema';
import type { TermAnnotation } from './validate-glossary';

/**
 * The curated article as the reading route ships it: everything but the paragraphs' text, which
 * the prerendered page already holds (see `readArticleFromPage`), and the translator's notes and
 * editorial changes, which "About this text" loads when opened (`virtual:curated/article-about`).
 * The checksums of the texts and of the term marks tell a page that matches this build from one
 * that does not.
 */
export type ArticleSkeleton = {
  article: Article;
  textChecksum: string;
  termChecksum: string;
};

/** Each paragraph's two texts, in article order: what the skeleton leaves out. */
export type ArticleTexts = readonly (readonly [ru: string, en: string])[];

export function skeletonOf(
  article: Article,
  annotations: readonly TermAnnotation[],
): ArticleSkeleton {
  return {
    article: {
      ...article,
      curations: [],
      notes: [],
      paragraphs: article.paragraphs.map((p) => ({
        ...p,
        ru: { ...p.ru, text: '' },
        en: { ...p.en, text: '' },
      })),
    },
    textChecksum: textChecksum(textsOf(article)),
    termChecksum: annotationChecksum(annotations),
  };
}

export const textsOf = (article: Article): ArticleTexts =>
  article.paragraphs.map((p) => [p.ru.text, p.en.text] as const);

export function withTexts(skeleton: Article, texts: ArticleTexts): Article {
  return {
    ...skeleton,
    paragraphs: skeleton.paragraphs.map((p, i) => ({
      ...p,
      ru: { ...p.ru, text: texts[i]?.[0] ?? '' },
      en: { ...p.en, text: texts[i]?.[1] ?? '' },
    })),
  };
}

/** FNV-1a (32-bit) over every text: cheap, and enough to notice a page from another build. */
export function textChecksum(texts: ArticleTexts): string {
  let hash = 0x811c9dc5;
  for (const pair of texts)
    for (const text of pair) {
      for (let i = 0; i < text.length; i++) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
      }
      hash ^= 0xffff; // a separator no text contains, so ["ab", ""] ≠ ["a", "b"]
      hash = Math.imul(hash, 0x01000193);
    }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Order-independent digest of term marks, for comparing the page's with the build's. */
export function annotationChecksum(annotations: readonly TermAnnotation[]): string {
  const lines = annotations
    .map((a) => `${a.paragraph}|${a.side}|${a.start}|${a.end}|${a.entry}|${a.occurrence}`)
    .sort();
  return textChecksum([[lines.join('\n'), '']]);
}
