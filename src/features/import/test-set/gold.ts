import { authoredArticleSchema } from '@/content/authoring-schema';
import { splitSourceParagraphs } from '@/content/source-paragraphs';
import type { GoldDocument, TestDocument, TextLink } from './test-set-schema';

const breakMark = /\s*¶\s*/gu;
const sentenceText = (sentence: string) => sentence.replace(breakMark, ' ').trim();

/** Raw paragraphs of one side of one gold paragraph link (none when the side is empty). */
function rawParagraphs(sentences: string[]): string[] {
  const raw = sentences.join(' ').trim();
  return raw === '' ? [] : raw.split(breakMark).filter((part) => part.length > 0);
}

/** The raw texts and gold links of a hand-aligned document. */
export function goldOfTestDocument(document: TestDocument): GoldDocument {
  const paragraphLinks: TextLink[] = document.paragraphs.map(({ links }) => ({
    ru: rawParagraphs(links.flatMap((link) => link.ru)),
    en: rawParagraphs(links.flatMap((link) => link.en)),
  }));
  const sentenceLinks = document.paragraphs.flatMap(({ links }) =>
    links.map((link) => ({ ru: link.ru.map(sentenceText), en: link.en.map(sentenceText) })),
  );
  return {
    id: document.id,
    ru: paragraphLinks.flatMap((link) => link.ru).join('\n\n'),
    en: paragraphLinks.flatMap((link) => link.en).join('\n\n'),
    paragraphLinks,
    sentenceLinks,
  };
}

/**
 * The curated article as a gold document: its Russian source as extracted (with the paragraph
 * broken mid-sentence), its English paragraphs, and the curated sentence groups.
 */
export function goldOfCuratedArticle(authored: unknown, source: string): GoldDocument {
  const article = authoredArticleSchema.parse(authored);
  const sourceParagraphs = splitSourceParagraphs(source);
  const joins = new Map(article.curations.map((c) => [c.paragraph, c.sourceParagraphs]));
  let next = 0;
  const paragraphLinks = article.paragraphs.map((paragraph) => {
    const count = joins.has(paragraph.id) ? 2 : 1;
    const ru = sourceParagraphs.slice(next, next + count);
    next += count;
    return { ru, en: [paragraph.groups.flatMap((group) => group.en).join(' ')] };
  });
  return {
    id: article.id,
    ru: source,
    en: paragraphLinks.flatMap((link) => link.en).join('\n\n'),
    paragraphLinks,
    sentenceLinks: article.paragraphs.flatMap((paragraph) =>
      paragraph.groups.map((group) => ({ ru: group.ru, en: group.en })),
    ),
  };
}
