import type { Span } from '@/content/article-schema';
import { anchorKeys, type GlossaryPair } from './anchors';
import type { Language } from './language';
import { segmentSentences } from './segment-sentences';
import { unitFacts, type UnitFacts } from './units';

/** A paragraph (or several joined) of one side, segmented, with the facts of each sentence. */
export type PreparedText = {
  text: string;
  sentences: Span[];
  /** Length, interned anchors and shape of each sentence, for sentence alignment. */
  units: UnitFacts[];
  /** The same for the whole text, for paragraph alignment. */
  whole: UnitFacts;
};

/** Segments a text and finds its anchors once, for both levels of alignment. */
export function prepareText(
  text: string,
  language: Language,
  glossary: readonly GlossaryPair[],
  intern: (keys: Iterable<string>) => Int32Array,
): PreparedText {
  const sentences = segmentSentences(text, language);
  const units = sentences.map((span) => {
    const sentence = text.slice(span.start, span.end);
    return unitFacts(sentence, anchorKeys(sentence, language, glossary), intern);
  });
  // One union of all the sentences' anchors (pairwise unions would copy the growing set).
  const all = new Set<number>();
  for (const unit of units) for (const id of unit.anchors) all.add(id);
  const anchors = Int32Array.from(all).sort();
  const whole = { ...unitFacts(text, [], intern), anchors };
  return { text, sentences, units, whole };
}

const terminal = /[.!?…:;»”"')\]]$/u;

/**
 * Joins paragraphs that alignment put together. A paragraph that stops mid-sentence (no final
 * punctuation, and long or followed by a small letter: the extraction damage in the curated
 * article's source) continues after one space; anything else — a heading, a finished paragraph — after a line break, which keeps it a
 * sentence of its own.
 */
export function joinParagraphs(parts: readonly string[]): string {
  return parts.reduce((joined, part) => {
    if (joined === '') return part;
    const brokenMidSentence =
      !terminal.test(joined) && (joined.split(/\s+/).length > 10 || /^\p{Ll}/u.test(part));
    return joined + (brokenMidSentence ? ' ' : '\n') + part;
  }, '');
}
