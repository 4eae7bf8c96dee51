import { describe, expect, it } from 'vitest';
import { anchorKeys } from './anchors';
import { glossaryPairs } from './glossary-pairs';

describe('glossaryPairs', () => {
  const pairs = glossaryPairs([
    { headword: 'Сове́т ми́ра', en: ['Board of Peace'] },
    { headword: 'двусторо́нние отноше́ния', en: ['bilateral relations', 'bilateral ties'] },
  ]);

  it('turns headwords into stems without stress marks', () => {
    expect(pairs[0]?.ru).toEqual(['сове мир']);
    expect(pairs[1]?.ru).toEqual(['двусторонн отношен']);
  });

  it('anchors inflected Russian to the English equivalents', () => {
    const shared = (ru: string, en: string) =>
      [...anchorKeys(ru, 'ru', pairs)].filter((key) => anchorKeys(en, 'en', pairs).has(key));
    expect(shared('о двусторонних отношениях', 'on bilateral ties')).toEqual(['g:1']);
    expect(shared('в Совете мира', 'on the Board of Peace')).toEqual(['g:0']);
    expect(shared('в совете директоров', 'on the board of directors')).toEqual([]);
  });
});
