import type { Article, Paragraph, Span } from '@/content/article-schema';
import type { Glossary, Occurrence } from '@/content/glossary-schema';
import type { TermAnnotation } from '@/content/validate-glossary';
import { equivalentsPattern } from './english-equivalents';
import { findRussianTerms } from './find-russian-terms';
import type { PatternIndex } from './term-patterns';

export type ArticleTerms = {
  /** What the reader marks, in the shape the curated article's marks have. */
  annotations: TermAnnotation[];
  /** The glossary as this article sees it: the entries found, with their occurrences here. */
  glossary: Glossary;
  headwords: Record<string, string>;
};

/** The English sentences aligned with each Russian sentence of a paragraph. */
function counterparts(paragraph: Paragraph): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const group of paragraph.groups) for (const ru of group.ru) map.set(ru, group.en);
  return map;
}

const overlaps = (taken: readonly Span[], span: Span) =>
  taken.some((t) => span.start < t.end && t.start < span.end);

/** The entry's English words in the aligned sentences, not already marked: the first such place. */
function findEnglish(
  paragraph: Paragraph,
  sentences: readonly number[],
  pattern: RegExp | undefined,
  taken: readonly Span[],
): Span | undefined {
  if (!pattern) return undefined;
  for (const index of sentences) {
    const sentence = paragraph.en.sentences[index];
    if (!sentence) continue;
    // Searched in place (no slice per sentence): a match must end inside the sentence.
    pattern.lastIndex = sentence.start;
    for (
      let match = pattern.exec(paragraph.en.text);
      match;
      match = pattern.exec(paragraph.en.text)
    ) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (span.end > sentence.end) break;
      if (!overlaps(taken, span)) return span;
    }
  }
  return undefined;
}

/**
 * Finds the glossary's terms in an imported article: in inflected forms on the Russian side, and
 * their English equivalents in the sentences aligned with each, so a card lights both sides.
 */
export function annotateArticle(
  article: Article,
  glossary: Glossary,
  patterns: PatternIndex,
): ArticleTerms {
  const entries = new Map(glossary.entries.map((e) => [e.id, e]));
  const english = new Map<string, RegExp | undefined>();
  const englishOf = (entry: string) => {
    if (!english.has(entry)) english.set(entry, equivalentsPattern(entries.get(entry)?.en ?? []));
    return english.get(entry);
  };
  const occurrences = new Map<string, Occurrence[]>();
  const annotations: TermAnnotation[] = [];
  for (const paragraph of article.paragraphs) {
    const matches = findRussianTerms(paragraph.ru.text, paragraph.ru.sentences, patterns);
    if (matches.length === 0) continue;
    const aligned = counterparts(paragraph);
    const takenEnglish: Span[] = [];
    for (const match of matches) {
      const list = occurrences.get(match.entry) ?? [];
      const id = `${match.entry}-${list.length + 1}`;
      const ru = { start: match.start, end: match.end };
      const en = findEnglish(
        paragraph,
        aligned.get(match.sentence) ?? [],
        englishOf(match.entry),
        takenEnglish,
      );
      list.push({ id, entry: match.entry, paragraph: paragraph.id, ru, ...(en && { en }) });
      occurrences.set(match.entry, list);
      annotations.push({
        paragraph: paragraph.id,
        side: 'ru',
        ...ru,
        entry: match.entry,
        occurrence: id,
      });
      if (en) {
        takenEnglish.push(en);
        annotations.push({
          paragraph: paragraph.id,
          side: 'en',
          ...en,
          entry: match.entry,
          occurrence: id,
        });
      }
    }
  }
  const found = glossary.entries
    .filter((entry) => occurrences.has(entry.id))
    .map((entry) => ({ ...entry, occurrences: occurrences.get(entry.id) ?? [] }));
  return {
    annotations,
    glossary: { article: article.id, entries: found },
    headwords: Object.fromEntries(found.map((e) => [e.id, e.headword])),
  };
}
