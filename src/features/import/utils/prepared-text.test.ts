import { describe, expect, it } from 'vitest';
import { createAnchorInterner } from './anchors';
import { joinParagraphs, prepareText } from './prepared-text';

describe('joinParagraphs', () => {
  it.each([
    ['one paragraph stays as it is', ['Один.'], 'Один.'],
    ['finished paragraphs join with a line break', ['Один.', 'Два.'], 'Один.\nДва.'],
    [
      'a heading joins with a line break',
      ['Итоги визита', 'Посол уехал.'],
      'Итоги визита\nПосол уехал.',
    ],
    [
      'a paragraph broken mid-sentence joins with a space',
      [
        'Мы можем гордиться достижениями и прогрессом, которых достигли вместе с момента обретения',
        'Казахстаном независимости.',
      ],
      'Мы можем гордиться достижениями и прогрессом, которых достигли вместе с момента обретения Казахстаном независимости.',
    ],
  ])('%s', (_name, parts, joined) => {
    expect(joinParagraphs(parts)).toBe(joined);
  });
});

describe('prepareText', () => {
  it('segments once and keeps each sentence’s anchors', () => {
    const intern = createAnchorInterner();
    const prepared = prepareText('Трамп приедет в 2026 г. Это решено.', 'ru', [], intern);
    expect(prepared.sentences).toHaveLength(2);
    expect(prepared.units.map((unit) => unit.anchors.length)).toEqual([2, 0]);
    expect([...prepared.whole.anchors]).toEqual([...intern(['n:2026', 'w:trmp'])]);
  });
});
