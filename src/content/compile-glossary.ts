import type { Article, Side, Span } from './article-schema.ts';
import { authoredGlossarySchema, glossarySchema, type Glossary } from './glossary-schema.ts';

export class GlossaryCompileError extends Error {
  override name = 'GlossaryCompileError';
}

/** "Поэтому в [Совете мира]": brackets mark the term, the rest only tells where it stands. */
function locateTerm(text: string, quoted: string, where: string): Span {
  const open = quoted.indexOf('[');
  const close = quoted.indexOf(']');
  const bracketed = open >= 0 && close > open;
  const words = bracketed
    ? quoted.slice(0, open) + quoted.slice(open + 1, close) + quoted.slice(close + 1)
    : quoted;
  const start = text.indexOf(words);
  if (start < 0) throw new GlossaryCompileError(`${where}: “${words}” is not in the text`);
  if (text.indexOf(words, start + 1) >= 0) {
    throw new GlossaryCompileError(
      `${where}: “${words}” occurs more than once; add context and [bracket] the term`,
    );
  }
  const termStart = start + (bracketed ? open : 0);
  return { start: termStart, end: termStart + (bracketed ? close - open - 1 : words.length) };
}

/** Turns the editors' glossary into spans over the article's texts. */
export function compileGlossary(input: unknown, article: Article): Glossary {
  const authored = authoredGlossarySchema.parse(input);
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p]));
  const entries = authored.entries.map((entry) => ({
    ...entry,
    occurrences: entry.occurrences.map((occurrence, index) => {
      const paragraph = paragraphs.get(occurrence.paragraph);
      if (!paragraph)
        throw new GlossaryCompileError(`${entry.id}: unknown paragraph ${occurrence.paragraph}`);
      const span = (side: Side) => {
        const quoted = occurrence[side];
        return quoted === undefined
          ? undefined
          : locateTerm(paragraph[side].text, quoted, `${entry.id} in ${paragraph.id} (${side})`);
      };
      return {
        id: `${entry.id}-${index + 1}`,
        entry: entry.id,
        paragraph: paragraph.id,
        ru: span('ru'),
        en: span('en'),
      };
    }),
  }));
  return glossarySchema.parse({ article: article.id, entries });
}
