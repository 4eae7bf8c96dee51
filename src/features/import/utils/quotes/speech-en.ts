import { isReportingClause, trimmed, type SpeechSegment } from './speech-segment';

const openers = '“"';
const closers = '”"';

/**
 * [open, close] index pairs of quotation marks; an unclosed quote runs to the paragraph end. A
 * closing mark with no opening one (a typo that happens: “…,” she noted. In my view, …”) closes a
 * quote that began with the first sentence after the previous quote, so `open` is the index just
 * before that sentence.
 */
function quotations(text: string): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  for (let k = 0; k < text.length; k++) {
    const char = text.charAt(k);
    if (open < 0 && char === '”') {
      const from = pairs.at(-1)?.[1] ?? -1;
      const boundary = /[.!?…]\s+/u.exec(text.slice(from + 1, k));
      const start = from < 0 ? 0 : boundary ? from + 1 + boundary.index + boundary[0].length : -1;
      if (start >= 0) pairs.push([start - 1, k]);
    } else if (open < 0 && openers.includes(char)) open = k;
    else if (open >= 0 && closers.includes(char)) {
      pairs.push([open, k]);
      open = -1;
    }
  }
  if (open >= 0) pairs.push([open, text.length]);
  return pairs;
}

/**
 * The reporting clause right after a closing quote: "” she noted." → "she noted". Speech ends in
 * punctuation inside (“…,” she said) or is followed by a comma (“…”, she said); a scare quote
 * (“absolutely no barriers” to relations) is neither. A clause ending in a colon introduces the
 * next quotation, not this one.
 */
function clauseAfter(text: string, from: number) {
  const inner = text.slice(0, from - 1).trimEnd();
  if (!/[,.!?…—–-]$/u.test(inner) && !/^\s*,/u.test(text.slice(from))) return undefined;
  const rest = text.slice(from);
  const stop = /[.!?…]|,\s*[“"]|[“"]|$/u.exec(rest);
  const clause = trimmed(text, from, from + (stop?.index ?? rest.length));
  if (/:\s*$/u.test(text.slice(clause.start, clause.end))) return undefined;
  const words = text.slice(clause.start, clause.end).replace(/^,\s*/u, '');
  if (clause.end <= clause.start || !isReportingClause(words, 'en')) return undefined;
  return trimmed(text, clause.start + (text.charAt(clause.start) === ',' ? 1 : 0), clause.end);
}

/** The reporting clause that introduces a quote: "Stufft said: “…”". */
function clauseBefore(text: string, open: number) {
  const colon = /[:,]\s*$/u.exec(text.slice(Math.max(0, open - 4), open));
  if (!colon) return undefined;
  const end = Math.max(0, open - 4) + colon.index;
  let start = end;
  while (start > 0 && !'.!?…”"'.includes(text.charAt(start - 1))) start--;
  if (!isReportingClause(text.slice(start, end), 'en')) return undefined;
  // "Stressing …, Putin stated:": the clause proper is what follows the last comma, if it reports.
  const comma = text.lastIndexOf(',', end - 1);
  if (comma >= start && isReportingClause(text.slice(comma + 1, end), 'en'))
    return trimmed(text, comma + 1, end);
  return trimmed(text, start, end);
}

const startsSentence = (text: string, open: number) =>
  open < 0 || /(?:^|[.!?…][”"’)]?)\s*$/u.test(text.slice(0, open));

/**
 * Direct speech in one English paragraph: quotations with a reporting clause after or before
 * them, or opening a sentence (a quote that goes on after its reporting clause). A quotation in
 * the middle of a sentence without a reporting clause is a title or a term, not speech.
 */
export function englishSpeech(text: string): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  for (const [open, close] of quotations(text)) {
    const inner = trimmed(text, open + 1, close);
    if (inner.end <= inner.start) continue;
    const attribution = clauseAfter(text, close + 1) ?? clauseBefore(text, open);
    if (attribution) segments.push({ ...inner, attribution });
    else if (startsSentence(text, open)) segments.push(inner);
  }
  return segments;
}
