import { describe, expect, it } from 'vitest';
import { stressedForm } from './stressed-form';

describe('stressedForm', () => {
  it.each([
    ['двусторонних отношений', 'двусторо́нние отноше́ния', 'двусторо́нних отноше́ний'],
    ['отметила', 'отме́тить', 'отме́тила'],
    ['подчеркнула', 'подчеркну́ть', 'подчеркну́ла'],
    ['Совете мира', 'Сове́т ми́ра', 'Сове́те ми́ра'],
    ['посла', 'посо́л', 'посла'],
    ['партнерство', 'партнёрство', 'партнёрство'],
    ['РК', 'РК', 'РК'],
  ])('%s ← %s', (surface, headword, expected) => {
    expect(stressedForm(surface, headword)).toBe(expected);
  });
});
