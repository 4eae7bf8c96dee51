import type { Side } from './article-schema.ts';

// Ranges such as academic years: 2024⁄25 (fraction slash), 2024/25, 2024–25, 2024-25.
const range = String.raw`\d{4}\s?[⁄/–—-]\s?\d{2,4}(?!\d)`;
const grouped = {
  // Russian groups thousands with a space (also no-break or narrow no-break) and writes a decimal comma.
  ru: String.raw`\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?!\d)(?:,\d+)?|\d+(?:,\d+)?`,
  // English groups thousands with a comma and writes a decimal point.
  en: String.raw`\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?`,
};

/**
 * The numbers written in a text, normalised so that both languages compare equal:
 * "3 000" and "3,000" → "3000"; "2024⁄25" and "2024–25" → "2024-25"; "250-ю" and "250th" → "250".
 */
// Compiled once: alignment extracts the numbers of every sentence of a long text.
const patterns = {
  ru: new RegExp(`${range}|${grouped.ru}`, 'g'),
  en: new RegExp(`${range}|${grouped.en}`, 'g'),
};

export function extractNumbers(text: string, language: Side): Set<string> {
  const pattern = patterns[language]; // matchAll works on a copy: the shared lastIndex stays 0
  const found = new Set<string>();
  for (const [match] of text.matchAll(pattern)) {
    const rangeParts = /^(\d{4})\s?[⁄/–—-]\s?(\d{2,4})$/.exec(match);
    if (rangeParts) {
      found.add(`${rangeParts[1]}-${rangeParts[2]?.slice(-2)}`);
      continue;
    }
    const [whole = '', fraction] = language === 'ru' ? match.split(',') : match.split('.');
    const digits = whole.replace(/[^\d]/g, '');
    found.add(fraction ? `${digits}.${fraction}` : digits);
  }
  return found;
}
