import type { Span } from '@/content/article-schema';
import { wordPattern, type PatternIndex, type TermPattern } from './term-patterns';

export type RussianMatch = Span & { entry: string; sentence: number; words: number };

type Token = { start: number; end: number; raw: string; folded: string; sentence: number };

/** A word of text has no stress marks (they are not Cyrillic): folding is case and ё only. */
function tokensOf(text: string, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  for (const match of text.matchAll(wordPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    while (sentence < sentences.length && (sentences[sentence]?.end ?? 0) <= start) sentence += 1;
    const span = sentences[sentence];
    // A word outside every sentence, or across two, cannot carry a term.
    if (!span || start < span.start || end > span.end) continue;
    tokens.push({
      start,
      end,
      raw: match[0],
      folded: match[0].toLowerCase().replaceAll('ё', 'е'),
      sentence,
    });
  }
  return tokens;
}

const separator = /^\s+$/;
const commaSeparator = /^\s*,\s*$/;

const follows = (text: string, previous: Token, next: Token | undefined, comma: boolean) =>
  next !== undefined &&
  next.sentence === previous.sentence &&
  (comma ? commaSeparator : separator).test(text.slice(previous.end, next.start));

const fits = (pattern: TermPattern, w: number, token: Token | undefined) =>
  token !== undefined &&
  pattern.words[w]?.has(token.folded) === true &&
  (!pattern.exact || pattern.exact[w] === token.raw);

/** Where pattern's words stand from token `at` on, or undefined. */
function matchAt(pattern: TermPattern, tokens: Token[], at: number, text: string) {
  const first = tokens[at];
  if (!first || (pattern.exact && pattern.exact[0] !== first.raw)) return undefined;
  let last = first;
  let index = at;
  for (let w = 1; w < pattern.words.length; w += 1) {
    const comma = pattern.commaBefore[w] === true;
    const next = tokens[index + 1];
    if (follows(text, last, next, comma) && fits(pattern, w, next)) {
      index += 1;
    } else if (
      pattern.gapBefore[w] &&
      follows(text, last, next, false) &&
      next &&
      follows(text, next, tokens[index + 2], comma) &&
      fits(pattern, w, tokens[index + 2])
    ) {
      index += 2;
    } else {
      return undefined;
    }
    last = tokens[index] ?? last;
  }
  return { start: first.start, end: last.end, sentence: first.sentence };
}

/**
 * Every glossary term in one side's text, none overlapping: where two could claim the same word,
 * the longer term wins ("двусторонние отношения" over "отношения"), then the earlier.
 */
export function findRussianTerms(
  text: string,
  sentences: readonly Span[],
  patterns: PatternIndex,
): RussianMatch[] {
  const tokens = tokensOf(text, sentences);
  const found: RussianMatch[] = [];
  for (let at = 0; at < tokens.length; at += 1) {
    const candidates = patterns.get(tokens[at]?.folded ?? '');
    if (!candidates) continue;
    for (const pattern of candidates) {
      const match = matchAt(pattern, tokens, at, text);
      if (match) found.push({ ...match, entry: pattern.entry, words: pattern.words.length });
    }
  }
  found.sort(
    (a, b) => b.words - a.words || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: RussianMatch[] = [];
  const taken = new Uint8Array(found.length > 1 ? text.length : 0);
  for (const match of found) {
    if (taken.subarray(match.start, match.end).includes(1)) continue;
    taken.fill(1, match.start, match.end);
    kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}
