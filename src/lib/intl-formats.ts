/**
 * Shared Intl formatters. Building one costs about 0.1 ms (ICU loads the locale's patterns), and
 * components asked for a new one at every render: the article's date at each language switch, the
 * library's date once per item. A formatter depends only on its locale and options, so one of each
 * is kept.
 */
type Formatter = Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat;

const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(
  kind: string,
  language: string,
  options: object,
  make: () => T,
) {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export const dateTimeFormat = (language: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', language, options, () => new Intl.DateTimeFormat(language, options));

export const numberFormat = (language: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', language, options, () => new Intl.NumberFormat(language, options));

export const relativeTimeFormat = (
  language: string,
  options: Intl.RelativeTimeFormatOptions = {},
) => cached('relative', language, options, () => new Intl.RelativeTimeFormat(language, options));
