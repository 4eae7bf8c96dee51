import type { Span } from '@/content/article-schema';
import { anchorKeys, type GlossaryPair } from './anchors';
import type { Language } from './language';
import { segmentSentences } from './segment-sentences';

/** A paragraph (or several joined) of one side, segmented, with each sentence's anchor keys. */
export type PreparedText = {
  text: string;
  sentences: Span[];
  sentenceKeys: Set<string>[];
};

export function prepareText(
  text: string,
  language: Language,
  glossary: readonly GlossaryPair[],
): PreparedText {
  const sentences = segmentSentences(text, language);
  const sentenceKeys = sentences.map((span) =>
    anchorKeys(text.slice(span.start, span.end), language, glossary),
  );
  return { text, sentences, sentenceKeys };
}

/** The anchor keys of a whole prepared text: those of its sentences together. */
export function keysOf(prepared: PreparedText): Set<string> {
  const keys = new Set<string>();
  for (const sentence of prepared.sentenceKeys) for (const key of sentence) keys.add(key);
  return keys;
}

const terminal = /[.!?…:;»”"')\]]$/u;

/**
 * Joins paragraphs that alignment put together. A paragraph that stops mid-sentence (long, no
 * final punctuation: the extraction damage in the curated article's source) continues after one
 * space; anything else — a heading, a finished paragraph — after a line break, which keeps it a
 * sentence of its own.
 */
export function joinParagraphs(parts: readonly string[]): string {
  return parts.reduce((joined, part) => {
    if (joined === '') return part;
    const brokenMidSentence = !terminal.test(joined) && joined.split(/\s+/).length > 10;
    return joined + (brokenMidSentence ? ' ' : '\n') + part;
  }, '');
}
