import type { Article } from './article-schema';
import {
  annotationChecksum,
  textChecksum,
  withTexts,
  type ArticleSkeleton,
} from './article-skeleton';
import { sides, type Side } from './sides';
import type { TermAnnotation } from './validate-glossary';

type Piece = { entry: string; occurrence: string; start: number; end: number };

/** One prerendered paragraph's text and the term marks in it, by offsets into that text. */
function readParagraph(element: Element) {
  let text = '';
  const pieces: Piece[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    const term = node.parentElement?.closest<HTMLElement>('a[data-term]');
    if (term && element.contains(term)) {
      const { term: entry = '', termOccurrence: occurrence = '' } = term.dataset;
      pieces.push({ entry, occurrence, start: text.length, end: text.length + value.length });
    }
    text += value;
  }
  return { text, pieces };
}

/** A term cut by a sentence or quote boundary is marked in pieces: one annotation spans them. */
function joinPieces(pieces: readonly Piece[], paragraph: string, side: Side): TermAnnotation[] {
  const byOccurrence = new Map<string, TermAnnotation>();
  for (const { entry, occurrence, start, end } of pieces) {
    const seen = byOccurrence.get(occurrence);
    if (seen) {
      seen.start = Math.min(seen.start, start);
      seen.end = Math.max(seen.end, end);
    } else byOccurrence.set(occurrence, { paragraph, side, start, end, entry, occurrence });
  }
  return [...byOccurrence.values()];
}

export type CuratedReading = { article: Article; annotations: TermAnnotation[] };

/**
 * The article's texts and term marks read back from the prerendered page, so that the reading
 * route does not download what the HTML already holds. Undefined unless every paragraph is on the
 * page and the texts and marks are exactly this build's (checksums); the caller then fetches them.
 * Must run before hydration changes anything (reading settings such as stress marks do).
 */
export function readArticleFromPage(
  page: Document,
  skeleton: ArticleSkeleton,
): CuratedReading | undefined {
  const texts: [string, string][] = [];
  const annotations: TermAnnotation[] = [];
  for (const paragraph of skeleton.article.paragraphs) {
    const pair: string[] = [];
    for (const side of sides) {
      const element = page.getElementById(`${side}-${paragraph.id}`);
      if (!element?.matches(`.para[data-paragraph="${paragraph.id}"]`)) return undefined;
      const { text, pieces } = readParagraph(element);
      pair.push(text);
      annotations.push(...joinPieces(pieces, paragraph.id, side));
    }
    texts.push([pair[0] ?? '', pair[1] ?? '']);
  }
  if (textChecksum(texts) !== skeleton.textChecksum) return undefined;
  if (annotationChecksum(annotations) !== skeleton.termChecksum) return undefined;
  return { article: withTexts(skeleton.article, texts), annotations };
}
