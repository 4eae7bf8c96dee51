import type { Curation } from './article-schema.ts';

/** Paragraphs of a plain-text source: blocks separated by blank lines, line endings normalised. */
export function splitSourceParagraphs(source: string): string[] {
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/**
 * The source's paragraphs after the documented curations. A join of source paragraphs n and n+1
 * puts one space between them (the break was an extraction error inside a sentence).
 */
export function applyCurations(paragraphs: string[], curations: Curation[]): string[] {
  const joins = curations
    .filter((curation) => curation.kind === 'joinParagraphs')
    .map((curation) => curation.sourceParagraphs)
    .sort((a, b) => b[0] - a[0]); // from the end, so earlier numbers stay valid
  const result = [...paragraphs];
  for (const [first, second] of joins) {
    if (second !== first + 1 || first < 1 || second > result.length) {
      throw new Error(
        `curation joins source paragraphs ${first} and ${second}: not adjacent or out of range`,
      );
    }
    result.splice(first - 1, 2, `${result[first - 1]} ${result[second - 1]}`);
  }
  return result;
}
