import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/content/article-schema';
import { buildArticle } from './build-article';
import {
  canMergeWithNext,
  canShift,
  mergeWithNext,
  shiftSentence,
  splitGroup,
} from './edit-alignment';

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

  it('merges the last pair of a paragraph with the first of the next by joining the paragraphs', () => {
    if (!third) throw new Error('expected three groups');
    const lonely = article.paragraphs[1]?.groups[0];
    if (!lonely) throw new Error('expected a second paragraph');
    expect(canMergeWithNext(article, third.id)).toBe(true);
    const merged = mergeWithNext(article, third.id);
    expect(merged.paragraphs).toHaveLength(1);
    const [paragraph] = merged.paragraphs;
    expect(paragraph?.ru.text).toBe(
      'Первое предложение о погоде. Второе о городе. Третье о реке. Одинокий абзац.',
    );
    expect(paragraph?.groups.at(-1)).toEqual({ id: third.id, ru: [2, 3], en: [2, 3] });
    // The moved sentence still covers its own words.
    const span = paragraph?.en.sentences[3];
    expect(paragraph?.en.text.slice(span?.start, span?.end)).toBe('A lonely paragraph.');
    expect(articleSchema.safeParse(merged).success).toBe(true);
  });

  it('does nothing for the very last group or an unknown id', () => {
    const last = article.paragraphs.at(-1)?.groups.at(-1)?.id ?? '';
    expect(canMergeWithNext(article, last)).toBe(false);
    expect(mergeWithNext(article, last)).toBe(article);
    expect(mergeWithNext(article, 'nope')).toBe(article);
    expect(canMergeWithNext(article, first?.id ?? '')).toBe(true);
  });
});

describe('splitGroup', () => {
  const merged = mergeWithNext(article, first?.id ?? '');
  const id = merged.paragraphs[0]?.groups[0]?.id ?? '';

  it('cuts a group at the chosen sentence on each side', () => {
    const split = splitGroup(merged, id, { ru: 1, en: 1 });
    const groups = split.paragraphs[0]?.groups ?? [];
    expect(groups.map(({ ru, en }) => ({ ru, en }))).toEqual(
      article.paragraphs[0]?.groups.map(({ ru, en }) => ({ ru, en })),
    );
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
    expect(articleSchema.safeParse(split).success).toBe(true);
  });

  it('allows a part with one side only, but never an empty part', () => {
    const oneSided = splitGroup(merged, id, { ru: 2, en: 1 }).paragraphs[0]?.groups[1];
    expect(oneSided?.ru).toEqual([]);
    expect(splitGroup(merged, id, { ru: 0, en: 0 })).toBe(merged);
    expect(splitGroup(merged, id, { ru: 2, en: 2 })).toBe(merged);
  });
});

describe('shiftSentence', () => {
  it('moves the last sentence of one side down into the next group and back up', () => {
    if (!first || !second) throw new Error('expected groups');
    const down = shiftSentence(article, first.id, 'en', 'down');
    const groups = down.paragraphs[0]?.groups ?? [];
    // The first group lost its only English sentence; the second now starts with it.
    expect(groups[0]).toEqual({ ...first, en: [] });
    expect(groups[1]?.en).toEqual([...first.en, ...second.en]);
    const back = shiftSentence(down, second.id, 'en', 'up');
    expect(back.paragraphs[0]?.groups).toEqual(article.paragraphs[0]?.groups);
  });

  it('removes a group left with no sentence and stays inside the paragraph', () => {
    if (!first) throw new Error('expected groups');
    const once = shiftSentence(article, first.id, 'en', 'down');
    const twice = shiftSentence(once, first.id, 'ru', 'down');
    expect(twice.paragraphs[0]?.groups).toHaveLength(2);
    expect(canShift(article, first.id, 'ru', 'up')).toBe(false);
    const last = article.paragraphs[0]?.groups.at(-1)?.id ?? '';
    expect(canShift(article, last, 'ru', 'down')).toBe(false);
  });
});
