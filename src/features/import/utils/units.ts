import { unionSorted } from './anchors';
import type { UnitSequence } from './align-cost';

/** Length in characters that carry text: spaces are layout and differ between typists. */
export function textLength(text: string): number {
  let length = 0;
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) > 32) length++;
  return length;
}

const terminal = /[.!?…:;»”"')\]]$/u;

/** Bit flags describing how a unit ends, for `beadCost`. */
export const unitShape = {
  /** Short and without final punctuation: a heading, a byline, a dateline. */
  heading: 1,
  /** Long and stopping mid-sentence: the first half of a paragraph broken by extraction. */
  broken: 2,
  /** Who wrote it or where: "By Jane Doe", "Автор: …", "Анна Петрова, Алматы". */
  byline: 4,
} as const;

const byline = [
  /^(?:by|от|автор|текст|фото|photo)(?!\p{L}):?\s+\p{Lu}/iu,
  /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:, \p{Lu}[\p{L} -]+)?$/u,
];

function shapeOf(text: string): number {
  const trimmed = text.trim();
  if (terminal.test(trimmed)) return 0;
  const words = trimmed.split(/\s+/).length;
  if (words > 10) return unitShape.broken;
  return byline.some((pattern) => pattern.test(trimmed)) ? unitShape.byline : unitShape.heading;
}

/** Numbers (even ids) and other anchors (odd ids), packed as numbers · 2¹⁶ + others. */
function packCounts(ids: Int32Array): number {
  let numbers = 0;
  for (const id of ids) if (!(id & 1)) numbers++;
  return numbers * 0x10000 + Math.min(0xffff, ids.length - numbers);
}

/** What `unitSequence` needs to know of each unit. */
export type UnitFacts = {
  length: number;
  anchors: Int32Array;
  shape: number;
  /** Question marks: a question is translated as a question (interviews, dialogue). */
  questions: number;
  /** Starts with a small letter: the rest of a sentence broken off the unit before it. */
  continues: boolean;
};

function questionsIn(text: string): number {
  let count = 0;
  for (let k = text.indexOf('?'); k >= 0; k = text.indexOf('?', k + 1)) count++;
  return count;
}

/** The facts of one text, its anchor keys interned. */
export function unitFacts(
  text: string,
  keys: Iterable<string>,
  intern: (keys: Iterable<string>) => Int32Array,
): UnitFacts {
  return {
    length: textLength(text),
    anchors: intern(keys),
    shape: shapeOf(text),
    questions: questionsIn(text),
    continues: /^[\s«“"'(]*\p{Ll}/u.test(text),
  };
}

/** Prepares units (paragraphs or sentences) of one language for `beadCost`. */
export function unitSequence(units: readonly UnitFacts[]): UnitSequence {
  const prefix = new Float64Array(units.length + 1);
  units.forEach((unit, k) => (prefix[k + 1] = (prefix[k] as number) + unit.length));
  const anchors = units.map((unit) => unit.anchors);
  const pairs = anchors.map((current, k) =>
    k === 0 ? current : unionSorted(anchors[k - 1] as Int32Array, current),
  );
  // A short unit without final punctuation is a heading, unless the next one carries on its
  // sentence ("…состоится" + "уже в мае"): then it is a paragraph broken by extraction.
  const shapes = Uint8Array.from(units, (unit, k) =>
    unit.shape & unitShape.heading && units[k + 1]?.continues ? unitShape.broken : unit.shape,
  );
  const questions = new Float64Array(units.length + 1);
  units.forEach((unit, k) => (questions[k + 1] = (questions[k] as number) + unit.questions));
  const anchorCounts = Uint32Array.from(anchors, packCounts);
  const pairCounts = Uint32Array.from(pairs, packCounts);
  return { prefix, anchors, pairs, anchorCounts, pairCounts, shapes, questions };
}
