import type { Article, Side } from '@/content/article-schema';
import { lowConfidence } from './build-article';

export type ReviewPair = {
  /** The group's id, unique in the article. */
  id: string;
  paragraph: number;
  ru: string[];
  en: string[];
  confidence: number;
  /** Below the threshold: the reader should look at this pair. */
  toCheck: boolean;
};

/** The aligner's confidences (per paragraph, per group) keyed by group id, so edits can keep them. */
export function confidenceById(article: Article, confidences: readonly number[][]) {
  return new Map(
    article.paragraphs.flatMap((paragraph, p) =>
      paragraph.groups.map((group, g) => [group.id, confidences[p]?.[g] ?? 1] as const),
    ),
  );
}

/** The aligned article as a flat list of sentence pairs, the shape the review screen lists. */
export function reviewPairs(
  article: Article,
  confidences: ReadonlyMap<string, number>,
): ReviewPair[] {
  return article.paragraphs.flatMap((paragraph, p) =>
    paragraph.groups.map((group) => {
      const sentences = (side: Side) =>
        group[side].map((index) => {
          const span = paragraph[side].sentences[index];
          return span ? paragraph[side].text.slice(span.start, span.end).trim() : '';
        });
      // A group the reader made is not in the map: their decision needs no second look.
      const confidence = confidences.get(group.id) ?? 1;
      return {
        id: group.id,
        paragraph: p,
        ru: sentences('ru'),
        en: sentences('en'),
        confidence,
        toCheck: confidence < lowConfidence,
      };
    }),
  );
}
