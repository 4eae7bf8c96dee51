import type { Mark, Paragraph, Side } from '@/content/article-schema';

/** A run of text inside one sentence, carrying the speech mark that covers it, if any. */
export type Piece = { start: number; end: number; text: string; mark?: Mark };

/** One sentence as rendered: its group id and its pieces. Whitespace between sentences is a gap. */
export type SentenceRun = {
  kind: 'sentence';
  groupId: string;
  index: number;
  start: number;
  end: number;
  pieces: Piece[];
};
export type GapRun = { kind: 'gap'; text: string; start: number };
export type Run = SentenceRun | GapRun;

function piecesBetween(text: string, start: number, end: number, marks: readonly Mark[]): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const mark of marks) {
    const from = Math.max(mark.start, start);
    const to = Math.min(mark.end, end);
    if (to <= from) continue;
    if (from > at) pieces.push({ start: at, end: from, text: text.slice(at, from) });
    pieces.push({ start: from, end: to, text: text.slice(from, to), mark });
    at = to;
  }
  if (at < end) pieces.push({ start: at, end, text: text.slice(at, end) });
  return pieces;
}

/**
 * Splits one side of a paragraph into sentence runs (each knowing its group) and the gaps between
 * them; a speech mark that spans sentences is cut into one piece per sentence.
 */
export function sideRuns(paragraph: Paragraph, side: Side): Run[] {
  const { text, sentences, marks } = paragraph[side];
  const groupOf = new Map<number, string>();
  for (const group of paragraph.groups)
    for (const index of group[side]) groupOf.set(index, group.id);
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const runs: Run[] = [];
  let at = 0;
  sentences.forEach((sentence, index) => {
    if (sentence.start > at)
      runs.push({ kind: 'gap', text: text.slice(at, sentence.start), start: at });
    runs.push({
      kind: 'sentence',
      groupId: groupOf.get(index) ?? `${paragraph.id}-s?`,
      index,
      start: sentence.start,
      end: sentence.end,
      pieces: piecesBetween(text, sentence.start, sentence.end, sorted),
    });
    at = sentence.end;
  });
  if (at < text.length) runs.push({ kind: 'gap', text: text.slice(at), start: at });
  return runs;
}
