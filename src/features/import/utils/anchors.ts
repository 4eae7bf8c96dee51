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
  for (const index of glossaryMatches(folded, glossary, language)) keys.add(`g:${index}`);
  return keys;
}

type Term = { words: string[]; owner: number };
type TermIndex = Map<string, Term[]>;

const prefixLength = 3;
const wordsOf = (text: string) => text.match(/\p{L}[\p{L}\p{N}’'-]*/gu) ?? [];

/**
 * The glossary's terms by the first letters of their first word: a sentence is looked up word by
 * word, not scanned once per term (a 2 MB import has tens of thousands of sentences).
 */
const indexes = new WeakMap<readonly GlossaryPair[], Partial<Record<Language, TermIndex>>>();
function termIndex(glossary: readonly GlossaryPair[], language: Language): TermIndex {
  const cached = indexes.get(glossary) ?? {};
  indexes.set(glossary, cached);
  const known = cached[language];
  if (known) return known;
  const index: TermIndex = new Map();
  glossary.forEach((pair, owner) => {
    for (const term of language === 'ru' ? pair.ru : pair.en) {
      const words = wordsOf(term.toLowerCase().replace(/ё/g, 'е'));
      const first = words[0];
      if (!first) continue;
      const key = first.slice(0, prefixLength);
      index.set(key, [...(index.get(key) ?? []), { words, owner }]);
    }
  });
  cached[language] = index;
  return index;
}

/**
 * The glossary pairs found in a (lower-cased, ё-folded) text: Russian terms are stems, each
 * starting a word in turn ("совет мир" finds "совете мира"); English terms are whole words.
 */
function glossaryMatches(folded: string, glossary: readonly GlossaryPair[], language: Language) {
  const index = termIndex(glossary, language);
  const words = wordsOf(folded);
  const found = new Set<number>();
  const fits = (word: string | undefined, term: string) =>
    word !== undefined && (language === 'ru' ? word.startsWith(term) : word === term);
  words.forEach((word, at) => {
    for (const term of index.get(word.slice(0, prefixLength)) ?? []) {
      if (term.words.every((part, k) => fits(words[at + k], part))) found.add(term.owner);
    }
  });
  return found;
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
