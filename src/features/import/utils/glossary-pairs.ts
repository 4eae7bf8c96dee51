import type { GlossaryPair } from './anchors';

type Entry = { headword: string; en: readonly string[] };

/** A Russian word as a stem that starts its inflected forms ("переговоры" → "перегово"). */
function stem(word: string) {
  if (word.length >= 6) return word.slice(0, -2);
  if (word.length >= 4) return word.slice(0, -1);
  return word;
}

/**
 * The glossary as alignment anchors: each entry's headword as Russian stems (stress marks off,
 * ё as е) and its English equivalents, so "в Совете мира" answers "on the Board of Peace".
 */
export function glossaryPairs(entries: readonly Entry[]): GlossaryPair[] {
  return entries.map((entry) => ({
    ru: [
      entry.headword
        .normalize('NFD')
        .replace(/\u0301/g, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/ё/g, 'е')
        .split(/\s+/)
        .filter(Boolean)
        .map(stem)
        .join(' '),
    ],
    en: entry.en,
  }));
}
