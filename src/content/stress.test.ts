import { describe, expect, it } from 'vitest';
import { stressProblems, withoutStress } from './stress';

describe('stressProblems', () => {
  it.each([
    'двусторо́нние отноше́ния',
    'подчеркну́ть',
    'партнёрство',
    'культу́рно-гуманита́рный',
    'в хо́де',
    'мир',
    'посо́л',
    'Сове́т ми́ра',
  ])('accepts %s', (headword) => {
    expect(stressProblems(headword)).toEqual([]);
  });

  it.each([
    ['двусторонние', '“двусторонние”: no stress mark'],
    ['по́дче́ркнуть', '“по́дче́ркнуть”: 2 stress marks'],
    ['ми́р', '“ми́р”: one syllable needs no stress mark'],
    ['партнё́рство', '“партнё́рство”: ё is always stressed and needs no mark'],
    ['отн\u0301ошение', '“отн\u0301ошение”: a stress mark must follow a vowel'],
  ])('rejects %s', (headword, problem) => {
    expect(stressProblems(headword)).toEqual([problem]);
  });

  it('strips stress marks for comparison', () => {
    expect(withoutStress('двусторо́нние')).toBe('двусторонние');
  });
});
