import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';

describe('normaliseText', () => {
  it.each([
    ['CRLF becomes LF', 'один\r\nдва', 'один\nдва'],
    ['a lone CR becomes LF', 'one\rtwo', 'one\ntwo'],
    ['CRLF blank line stays a blank line', 'a\r\n\r\nb', 'a\n\nb'],
    ['line separator becomes LF', 'a\u2028b', 'a\nb'],
    ['paragraph separator becomes a blank line', 'a\u2029b', 'a\n\nb'],
    [
      'no-break space in a number becomes a plain space',
      'более 3\u00A0000 граждан',
      'более 3 000 граждан',
    ],
    ['narrow no-break space becomes a plain space', '3\u202F000', '3 000'],
    ['figure and thin spaces become plain spaces', 'a\u2007b\u2009c', 'a b c'],
    ['zero-width space is removed', 'пресс\u200Bконференция', 'прессконференция'],
    ['soft hyphen is removed', 'конфе\u00ADренция', 'конференция'],
    ['byte-order mark is removed', '\uFEFFТекст', 'Текст'],
    ['word joiner is removed', 'a\u2060b', 'ab'],
    ['zero-width joiner is kept (emoji sequences)', '👩\u200D💻', '👩\u200D💻'],
    ['decomposed й is composed (NFC)', 'и\u0306', 'й'],
    ['decomposed ё is composed (NFC)', 'е\u0308', 'ё'],
    ['dashes and quotes are kept', '– «Свобода-250» — “Freedom”', '– «Свобода-250» — “Freedom”'],
    ['the fraction slash is kept', '2024⁄25', '2024⁄25'],
    ['repeated spaces and tabs are kept', 'a  b\tc', 'a  b\tc'],
  ])('%s', (_name, input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normaliseText('a\r\n\u00A0b\u200B\u2029c');
    expect(normaliseText(once)).toBe(once);
  });
});
