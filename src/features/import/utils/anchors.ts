import { extractNumbers } from '@/content/numbers';
import type { Language } from './language';
import { nameKey, russianNameStem, transliterate } from './transliterate';
import { wordStarts } from './word-starts';

/**
 * A pair of glossary entries that translate each other, used as an alignment anchor: Russian stems
 * (matched at the start of a word, ё-insensitive) and English words or phrases (matched whole).
 */
export type GlossaryPair = { ru: readonly string[]; en: readonly string[] };

/**
 * Evidence that two stretches of text say the same thing regardless of their lengths: the same
 * numbers ("3 000" = "3,000"), the same names ("Токаевым" ~ "Tokayev"), the same Latin words
 * ("Freedom 250" in both), the same glossary term. Keys are strings; `AnchorIndex` turns them
 * into small integers so the aligner compares sorted arrays without allocating.
 */
export function anchorKeys(
  text: string,
  language: Language,
  glossary: readonly GlossaryPair[] = [],
) {
  const keys = new Set<string>();
  if (/\d/.test(text)) for (const number of extractNumbers(text, language)) keys.add(`n:${number}`);
  for (const word of nameLikeWords(text, language)) {
    // Five letters of the skeleton: "Казахстанская" ~ "Kazakhstan", "Министерство" ~ "Ministry".
    const key = nameKeyOf(word, language).slice(0, 5);
    if (key.length >= 3) keys.add(`w:${key}`);
  }
  if (glossary.length === 0) return keys;
  const folded = text.toLowerCase().replace(/ё/g, 'е');
  const { pattern, owners } = glossaryMatcher(glossary, language);
  pattern.lastIndex = 0;
  for (const match of folded.matchAll(pattern)) {
    // The one alternative that matched names its pair.
    const alternative = match.slice(1).findIndex((group) => group !== undefined);
    if (alternative >= 0) keys.add(`g:${owners[alternative]}`);
  }
  return keys;
}

/**
 * One regex per glossary and language, every term an alternative in a capture group: a text is
 * scanned once, not once per term (a 2 MB import has tens of thousands of sentences).
 */
const matchers = new WeakMap<
  readonly GlossaryPair[],
  Partial<Record<Language, { pattern: RegExp; owners: number[] }>>
>();
function glossaryMatcher(glossary: readonly GlossaryPair[], language: Language) {
  const cached = matchers.get(glossary) ?? {};
  matchers.set(glossary, cached);
  const known = cached[language];
  if (known) return known;
  const owners: number[] = [];
  const alternatives: string[] = [];
  glossary.forEach((pair, index) => {
    for (const term of language === 'ru' ? pair.ru : pair.en) {
      const words = term.toLowerCase().replace(/ё/g, 'е').trim().split(/\s+/).map(escape);
      if (words.join('') === '') continue;
      // Russian: stems, each starting a word ("совет мир" finds "Совете мира"); English: whole words.
      alternatives.push(
        language === 'ru'
          ? `(${words.join('\\p{L}*\\s+')})`
          : `(${words.join('\\s+')})(?![\\p{L}])`,
      );
      owners.push(index);
    }
  });
  const source = alternatives.length ? alternatives.join('|') : '(?!)';
  const made = { pattern: new RegExp(`(?<![\\p{L}])(?:${source})`, 'gu'), owners };
  cached[language] = made;
  return made;
}

const englishSkip = new Set(
  'The This That These Those It He She We They I You But And Or In On At For From With By As A An His Her Our Their My Mr Mrs Ms Dr'.split(
    ' ',
  ),
);

const englishName = /\p{Lu}[\p{L}’']*/gu;
const russianName = /(?:\p{Lu}\p{Ll}[\p{L}’']*|[a-zA-Z][\p{L}’']*)/gu;

/** Capitalised words (names, places, titles) and any Latin-script word in Russian. */
function nameLikeWords(text: string, language: Language): string[] {
  const words = [...wordStarts(text, language === 'en' ? englishName : russianName)].map(
    (match) => match[0],
  );
  return language === 'en' ? words.filter((word) => !englishSkip.has(word)) : words;
}

// The same names recur through a text: each word's key is worked out once (bounded).
const nameKeys = { ru: new Map<string, string>(), en: new Map<string, string>() };
/** A name-like word as a Latin key; Russian words lose their case ending and are transliterated. */
function nameKeyOf(word: string, language: Language): string {
  const cache = nameKeys[language];
  let key = cache.get(word);
  if (key === undefined) {
    const latin =
      language === 'ru' && !/^[a-z]/i.test(word) ? transliterate(russianNameStem(word)) : word;
    key = nameKey(latin);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, key);
  }
  return key;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Interns anchor keys as small integers, even for numbers and odd for everything else (so a cost
 * model can weigh them differently without looking keys up); each unit's anchors become a sorted
 * array.
 */
export function createAnchorInterner() {
  const ids = new Map<string, number>();
  const counts = { numbers: 0, others: 0 };
  return (keys: Iterable<string>): Int32Array => {
    const result: number[] = [];
    for (const key of keys) {
      let id = ids.get(key);
      if (id === undefined) {
        id = key.startsWith('n:') ? 2 * counts.numbers++ : 2 * counts.others++ + 1;
        ids.set(key, id);
      }
      result.push(id);
    }
    return Int32Array.from(result).sort();
  };
}

/** The union of two sorted anchor arrays (for a bead that takes two units on one side). */
export function unionSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    out[n++] = Math.min(x, y);
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out.slice(0, n);
}

/** How many anchors two sorted arrays share. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number; // in range: checked by the loop condition
    const y = b[j] as number;
    if (x === y) shared++;
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return shared;
}
