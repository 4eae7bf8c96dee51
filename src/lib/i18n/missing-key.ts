/**
 * What the reader sees for a text missing in every language: a readable phrase made from the key's
 * last part ("export.problems.tooLarge" → "Too large"), never the raw key with its dots.
 * The missing key itself is reported loudly by the i18next `missingKeyHandler`.
 */
export function readableFallback(key: string): string {
  const last =
    key
      .split(':')
      .pop()
      ?.split('.')
      .filter(Boolean)
      .pop()
      ?.replace(/_(zero|one|two|few|many|other)$/, '') ?? '';
  const words = last
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : '…';
}
