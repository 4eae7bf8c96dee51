// A plain Russian (and Kazakh) → Latin transliteration, close to the BGN/PCGN style that English
// news uses for names: "Токаев" → "tokaev", "Жомарт" → "zhomart". It only has to bring names
// close enough for `nameKey` to see them as the same; it is not shown to readers.
const cyrillic = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі';
const latin =
  'a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya a g k n o u u h i';
const letters = new Map(
  latin.split(' ').map((value, index) => [cyrillic.charAt(index), value === '-' ? '' : value]),
);

/** Lower-case Latin spelling of a Russian word; characters that are not Cyrillic pass through. */
export function transliterate(word: string): string {
  let result = '';
  for (const char of word.toLowerCase()) result += letters.get(char) ?? char;
  return result;
}

// Spelling variants that do not change how a name sounds, collapsed in order: digraphs first.
const variants: [RegExp, string][] = [
  [/['’`]s$/u, ''], // English possessive: Tokayev’s
  [/s?shch|sch/gu, 'S'],
  [/sh/gu, 'S'],
  [/ch|tch/gu, 'C'],
  [/ts|tz/gu, 'C'],
  [/zh|dzh|dj|j/gu, 'J'],
  [/kh/gu, 'h'],
  [/ph/gu, 'f'],
  [/th/gu, 't'],
  [/ck|c|q/gu, 'k'],
  [/x/gu, 'ks'],
  [/w/gu, 'v'],
  [/z/gu, 's'],
];

/**
 * A sound skeleton of a Latin word for comparing names across languages: digraph variants merged,
 * vowels after the first letter dropped, doubled letters collapsed. "Stufft" and "Стаффт"
 * (stafft) both give "stft"; "Tokayev" and "Токаев" (tokaev) both give "tkv".
 */
export function nameKey(latin: string): string {
  let key = keys.get(latin);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear(); // a long-lived worker should not grow without bound
    key = computeNameKey(latin);
    keys.set(latin, key);
  }
  return key;
}

const keys = new Map<string, string>();

function computeNameKey(latin: string): string {
  let key = latin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of variants) key = key.replace(pattern, replacement);
  key = key.replace(/[^a-zA-Z]/g, '');
  const first = key.charAt(0);
  const rest = key.slice(1).replace(/[aeiouy]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}

// Case endings with a consonant (vowels are dropped by `nameKey` anyway), longest first.
const endings = /(?:ами|ями|ого|его|ому|ему|ыми|ими|ом|ем|ым|им|ой|ей|ах|ях|ам|ям)$/u;

/** The stem of an inflected Russian name: "Трампом" → "Трамп", "Токаевым" → "Токаев". */
export function russianNameStem(word: string): string {
  const stem = word.replace(endings, '');
  return stem.length >= 4 ? stem : word;
}
