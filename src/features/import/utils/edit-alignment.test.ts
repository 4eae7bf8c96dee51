import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/content/article-schema';
import { buildArticle } from './build-article';
import { canMergeWithNext, mergeWithNext } from './edit-alignment';

const { article } = buildArticle({
  ru: 'Первое предложение о погоде. Второе о городе. Третье о реке.\n\nОдинокий абзац.',
  en: 'The first sentence is about the weather. The second is about the city. The third is about the river.\n\nA lonely paragraph.',
  title: { ru: 'Проба', en: 'Trial' },
});
const [first, second, third] = article.paragraphs[0]?.groups ?? [];

describe('mergeWithNext', () => {
  it('joins a group with the next one in its paragraph and keeps the first id', () => {
    if (!first || !second || !third) throw new Error('expected three groups');
    const merged = mergeWithNext(article, first.id);
    expect(merged.paragraphs[0]?.groups).toEqual([
      { id: first.id, ru: [...first.ru, ...second.ru], en: [...first.en, ...second.en] },
      third,
    ]);
    expect(articleSchema.safeParse(merged).success).toBe(true);
    expect(article.paragraphs[0]?.groups).toHaveLength(3); // the original is left as it was
  });

  it('does nothing for the last group of a paragraph or an unknown id', () => {
    const last = article.paragraphs[1]?.groups[0]?.id ?? '';
    expect(canMergeWithNext(article, last)).toBe(false);
    expect(mergeWithNext(article, last)).toBe(article);
    expect(mergeWithNext(article, 'nope')).toBe(article);
    expect(canMergeWithNext(article, first?.id ?? '')).toBe(true);
  });
});
