import type { Span } from '@/content/article-schema';
import { abbreviationBefore, isSentenceStarter } from './abbreviations';
import type { Language } from './language';

// Sentence-final punctuation, then any closing quotes or brackets that belong to the sentence.
const terminal = /[.!?…]+[»”’"')\]]*/gu;
const dash = /^[–—-]\s+/u;
const openers = /^[«“„"'([]+/u;
const wordAt = /^[\p{L}\p{N}][\p{L}\p{N}-]*/u;

type Next =
  | { kind: 'end' }
  | { kind: 'word'; word: string; capital: boolean; digit: boolean; dialogue: boolean };

/** What follows a candidate boundary: the next word, past a dialogue dash or opening quotes. */
function nextWord(rest: string): Next {
  let text = rest.trimStart();
  if (text.length === 0) return { kind: 'end' };
  const dialogue = dash.test(text) || openers.test(text);
  text = text.replace(dash, '').replace(openers, '');
  const word = wordAt.exec(text)?.[0] ?? '';
  const first = word.charAt(0);
  return {
    kind: 'word',
    word,
    capital: first !== '' && first === first.toUpperCase() && first !== first.toLowerCase(),
    digit: /\p{N}/u.test(first),
    dialogue,
  };
}

/**
 * "…первое издание книги 1895 г." ends a sentence before a capital; "В 1991 г. Казахстан…" does
 * not. A year abbreviation after many words is the end of a clause, not the start of one.
 */
function closesLongDate(before: string): boolean {
  if (!/\p{N}\s*гг?$/u.test(before)) return false;
  // The sentence so far starts after the last mark followed by a capital ("1955 г. и" is inside).
  const starts = [...before.matchAll(/[.!?…]\s+(?=[\p{Lu}«–—"“])/gu)];
  const last = starts.at(-1);
  const sentence = last ? before.slice(last.index + last[0].length) : before;
  return sentence.trim().split(/\s+/).length > 4;
}

function endsSentence(line: string, at: number, end: number, language: Language): boolean {
  // Only a window around the mark matters; slicing whole prefixes would make long lines quadratic.
  const after = line.slice(end, end + 80);
  if (after.length > 0 && !/^\s/u.test(after)) return false; // "3.5", "U.S.-Kazakhstan", "т.е."
  const next = nextWord(after);
  if (next.kind === 'end') return true;
  if (!next.capital && !next.digit) return false; // "…", она сказала; «Куда?» – спросил он
  const mark = line.slice(at, end);
  if (!mark.startsWith('.') || mark.startsWith('..')) return true; // ! ? … and "..." end here
  const before = line.slice(Math.max(0, at - 200), at);
  if (at < 12 && /^\s*\p{N}+$/u.test(before)) return false; // a numbered list item: "1. Первое"
  const kind = abbreviationBefore(before, language);
  if (kind === 'never') return false;
  if (next.digit) return kind === undefined;
  if (kind === 'ifStarter' && !closesLongDate(before)) {
    return next.dialogue || isSentenceStarter(next.word, language);
  }
  return true;
}

function segmentLine(line: string, offset: number, language: Language): Span[] {
  const spans: Span[] = [];
  let start = line.search(/\S/u);
  if (start < 0) return spans;
  for (const match of line.matchAll(terminal)) {
    const at = match.index;
    const end = at + match[0].length;
    if (at < start || !endsSentence(line, at, end, language)) continue;
    spans.push({ start: offset + start, end: offset + end });
    start = line.slice(end).search(/\S/u);
    if (start < 0) return spans;
    start += end;
  }
  const last = line.trimEnd().length;
  if (last > start) spans.push({ start: offset + start, end: offset + last });
  return spans;
}

/**
 * Sentence spans of one paragraph's text, in order, covering every non-space character exactly
 * once (the whitespace between sentences belongs to none). A line break always ends a sentence:
 * paragraph splitting has already turned soft wraps into spaces, so one that remains is a real
 * break, such as a heading above its text.
 */
export function segmentSentences(text: string, language: Language): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    spans.push(...segmentLine(line, offset, language));
    offset += line.length + 1;
  }
  return spans;
}
