import type { Article } from '@/content/article-schema';
import type { GlossaryEntry, GlossaryTag } from '@/content/glossary-schema';
import { foldForSearch } from './text-match';

export type SortOrder = 'russian' | 'english' | 'article';

/** Everything a query may match for an entry: headword, equivalents and the inflected forms in the text. */
export function searchableForms(entry: GlossaryEntry, article: Article): string[] {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
  const inText = entry.occurrences.flatMap((occurrence) => {
    const paragraph = paragraphs.get(occurrence.paragraph);
    return (['ru', 'en'] as const).flatMap((side) => {
      const span = occurrence[side];
      return span && paragraph ? [paragraph[side].text.slice(span.start, span.end)] : [];
    });
  });
  return [entry.headword, ...entry.en, ...inText].map(foldForSearch);
}

type Query = { text: string; tag?: GlossaryTag; sort: SortOrder };

export function searchEntries(
  entries: readonly GlossaryEntry[],
  article: Article,
  { text, tag, sort }: Query,
): GlossaryEntry[] {
  const needle = foldForSearch(text);
  const order = new Map(article.paragraphs.map((p, index) => [p.id, index]));
  const firstPlace = (entry: GlossaryEntry) =>
    Math.min(
      ...entry.occurrences.map(
        (o) => (order.get(o.paragraph) ?? 0) * 10_000 + (o.ru?.start ?? o.en?.start ?? 0),
      ),
    );
  const compare: Record<SortOrder, (a: GlossaryEntry, b: GlossaryEntry) => number> = {
    russian: (a, b) => foldForSearch(a.headword).localeCompare(foldForSearch(b.headword), 'ru'),
    english: (a, b) => (a.en[0] ?? '').localeCompare(b.en[0] ?? '', 'en', { sensitivity: 'base' }),
    article: (a, b) => firstPlace(a) - firstPlace(b),
  };
  return entries
    .filter((entry) => !tag || entry.tags.includes(tag))
    .filter(
      (entry) => !needle || searchableForms(entry, article).some((form) => form.includes(needle)),
    )
    .sort(compare[sort]);
}
