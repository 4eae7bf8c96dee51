import { describe, expect, it } from 'vitest';
import { buildArticle } from './build-article';
import { confidenceById, reviewPairs } from './review-pairs';

describe('reviewPairs', () => {
  it('lists each group with its sentences and confidence', () => {
    const built = buildArticle({
      ru: 'Первое предложение о погоде. Второе предложение о городе.\n\nТретье о реке.',
      en: 'The first sentence is about the weather. The second is about the city.\n\nThe third is about the river.',
      title: { ru: 'Проба', en: 'Trial' },
    });
    const pairs = reviewPairs(built.article, confidenceById(built.article, built.confidences));
    expect(pairs.map(({ ru, en, paragraph }) => ({ ru, en, paragraph }))).toEqual([
      {
        ru: ['Первое предложение о погоде.'],
        en: ['The first sentence is about the weather.'],
        paragraph: 0,
      },
      { ru: ['Второе предложение о городе.'], en: ['The second is about the city.'], paragraph: 0 },
      { ru: ['Третье о реке.'], en: ['The third is about the river.'], paragraph: 1 },
    ]);
    expect(new Set(pairs.map((pair) => pair.id)).size).toBe(3);
    for (const pair of pairs) expect(pair.toCheck).toBe(pair.confidence < 0.5);
  });

  it('flags a pair below the threshold', () => {
    const built = buildArticle({ ru: 'Одно.', en: 'One.', title: { ru: 'А', en: 'A' } });
    const [pair] = reviewPairs(built.article, confidenceById(built.article, [[0.2]]));
    expect(pair?.toCheck).toBe(true);
  });
});
