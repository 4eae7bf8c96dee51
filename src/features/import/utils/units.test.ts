import { describe, expect, it } from 'vitest';
import { createAnchorInterner } from './anchors';
import { textLength, unitFacts, unitSequence, unitShape } from './units';

describe('unit shapes', () => {
  it.each([
    ['a sentence', 'Посол прибыл в Астану.', 0],
    ['a heading', 'Инвестфорум в Астане собрал рекордное число участников', unitShape.heading],
    ['an English byline', 'By Aigerim Sadykova', unitShape.byline],
    ['a Russian byline with a place', 'Анна Петрова, Алматы', unitShape.byline],
    ['an author line', 'Автор: Анна Петрова', unitShape.byline],
    [
      'a paragraph broken mid-sentence',
      'Наша приверженность суверенитету республики неизменна, и мы можем гордиться достижениями с момента обретения',
      unitShape.broken,
    ],
  ])('%s', (_name, text, shape) => {
    expect(unitSequence([unitFacts(text, [], createAnchorInterner())]).shapes[0]).toBe(shape);
  });
});

describe('unit shapes from the unit that follows', () => {
  const intern = createAnchorInterner();
  const shapes = (...texts: string[]) => [
    ...unitSequence(texts.map((text) => unitFacts(text, [], intern))).shapes,
  ];

  it('a short unfinished unit followed by a small letter is broken, not a heading', () => {
    expect(shapes('Первое заседание комиссии состоится', 'уже в мае.')).toEqual([
      unitShape.broken,
      0,
    ]);
  });

  it('a heading followed by a capital stays a heading', () => {
    expect(shapes('Первое заседание комиссии', 'Оно состоится в мае.')).toEqual([
      unitShape.heading,
      0,
    ]);
  });

  it('counts question marks as prefix sums', () => {
    const units = unitSequence(
      ['Что дальше?', 'Ответ.', 'Кто? Где?'].map((text) => unitFacts(text, [], intern)),
    );
    expect([...units.questions]).toEqual([0, 1, 1, 3]);
  });
});

describe('unitSequence', () => {
  it('keeps prefix sums of lengths without spaces, and unions of neighbouring anchors', () => {
    const intern = createAnchorInterner();
    const units = unitSequence([
      unitFacts('a b', ['n:1'], intern),
      unitFacts('cd', ['n:2', 'n:1'], intern),
    ]);
    expect([...units.prefix]).toEqual([0, 2, 4]);
    expect(units.pairs[1]).toHaveLength(2);
    expect(textLength(' a\u00A0b ')).toBe(3);
  });
});
