import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '@/test/text-arbitraries';
import { wordStarts } from './word-starts';

const patterns = [/\p{Lu}\p{Ll}+(?!\p{L})/gu, /(?:\p{Lu}\p{Ll}[\p{L}’']*|[a-zA-Z][\p{L}’']*)/gu];

describe('wordStarts', () => {
  it('finds "Посол" and "Trump" but not the capital inside "МИДом" or "aB"', () => {
    expect([...wordStarts('Посол и МИДом; aB Trump', patterns[0]!)].map((m) => m[0])).toEqual([
      'Посол',
      'Trump',
    ]);
  });

  it('steps over an astral capital inside a word (a surrogate pair) instead of looping on it', () => {
    expect([...wordStarts('a𝐀b 𝐀 Посол', patterns[0]!)].map((m) => m[0])).toEqual(['Посол']);
    expect(
      [...wordStarts('a\u{10400}\u{10428} Посол', /\p{Lu}\p{Ll}*/gu)].map((m) => m[0]),
    ).toEqual(['Посол']);
  });

  it.each(patterns.map((p) => [p.source, p] as const))(
    'gives what a leading (?<!\\p{L}) gives, on any text (%s)',
    (_source, pattern) => {
      const lookbehind = new RegExp(`(?<!\\p{L})(?:${pattern.source})`, 'gu');
      fc.assert(
        fc.property(anyText, (text) => {
          const ours = [...wordStarts(text, pattern)].map((m) => [m.index, m[0]]);
          expect(ours).toEqual([...text.matchAll(lookbehind)].map((m) => [m.index, m[0]]));
        }),
      );
    },
  );
});
