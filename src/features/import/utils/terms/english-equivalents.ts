const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Past forms a regular ending cannot make. */
const irregular: Readonly<Record<string, string>> = {
  say: 'said',
  hold: 'held',
  build: 'built',
  make: 'made',
  pay: 'paid',
  tell: 'told',
  keep: 'kept',
  come: 'came',
  set: 'set',
  take: 'took|taken',
  give: 'gave|given',
  speak: 'spoke|spoken',
};

/** One English word with the endings it may take: "achieve" → achieves, achieved, achieving. */
function wordVariants(word: string): string {
  const w = escape(word);
  const past = irregular[word.toLowerCase()];
  if (past) return `(?:${regularVariants(word)}|${past})`;
  return regularVariants(word) || w;
}

function regularVariants(word: string): string {
  const w = escape(word);
  if (!/^[a-z]{4,}$/i.test(word)) return w;
  if (/[a-z]{3}ing$/i.test(word)) return `${escape(word.slice(0, -3))}(?:e|es|ed|ing)?`;
  if (/[^aeiou]y$/i.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies|ied|ying)`;
  if (/e$/i.test(word)) return `${escape(word.slice(0, -1))}(?:e|es|ed|ing)`;
  return `${w}(?:s|es|ed|ing|er)?`;
}

/**
 * A regular expression for an entry's English equivalents as they may stand in running text:
 * parenthesised hints and a leading article dropped ("pay (a visit)" → "pay"), each word with its
 * regular endings and a possessive, words apart by spaces or hyphens. Longer equivalents first.
 */
export function equivalentsPattern(equivalents: readonly string[]): RegExp | undefined {
  const phrases = equivalents
    .map((e) =>
      e
        .replace(/\([^)]*\)/g, ' ')
        .replace(/^\s*(the|a|an)\s+/i, '')
        .trim(),
    )
    .filter((e) => /[a-z]/i.test(e))
    .sort((a, b) => b.length - a.length);
  if (phrases.length === 0) return undefined;
  const alternatives = phrases.map((phrase) =>
    phrase
      .split(/[\s-]+/)
      .filter(Boolean)
      .map(wordVariants)
      // "play a very important role": one more word may stand inside a longer phrase.
      .join(phrase.split(/\s+/).length >= 3 ? '[\\s-]+(?:[\\p{L}]+\\s+)?' : '[\\s-]+'),
  );
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?:['’]s)?(?![\\p{L}\\p{N}])`,
    'giu',
  );
}
