import type { Article, Side } from '@/content/article-schema';
import type { GlossaryEntry, Occurrence } from '@/content/glossary-schema';

/** The sentence a term stands in, and where in that sentence the term is. */
export type TermInSentence = { sentence: string; start: number; end: number };

export function termInSentence(
  article: Article,
  occurrence: Occurrence,
  side: Side,
): TermInSentence | undefined {
  const span = occurrence[side];
  const text = article.paragraphs.find((p) => p.id === occurrence.paragraph)?.[side];
  if (!span || !text) return undefined;
  const sentence = text.sentences.find((s) => s.start <= span.start && span.end <= s.end);
  if (!sentence) return undefined;
  return {
    sentence: text.text.slice(sentence.start, sentence.end),
    start: span.start - sentence.start,
    end: span.end - sentence.start,
  };
}

/** The first occurrence with the term on both sides: the best context for a card. */
export function bestContext(article: Article, entry: GlossaryEntry) {
  const occurrence = entry.occurrences.find((o) => o.ru && o.en) ?? entry.occurrences[0];
  if (!occurrence) return undefined;
  return {
    occurrence,
    ru: termInSentence(article, occurrence, 'ru'),
    en: termInSentence(article, occurrence, 'en'),
  };
}

export const blank = (context: TermInSentence) =>
  `${context.sentence.slice(0, context.start)}_____${context.sentence.slice(context.end)}`;
