import { describe, expect, it } from 'vitest';
import curatedGlossary from 'virtual:curated/glossary';
import type { Article } from '@/content/article-schema';
import curatedArticle from 'virtual:curated/article';
import curatedAnnotations from 'virtual:curated/annotations';
import { validateGlossary, type TermAnnotation } from '@/content/validate-glossary';
import { buildArticle } from '../build-article';
import { annotateArticle } from './annotate-article';
import { compileTermPatterns } from './term-patterns';

const patterns = compileTermPatterns(curatedGlossary, curatedArticle);
const tablesOnly = compileTermPatterns(curatedGlossary);

const imported = (ru: string, en: string) =>
  buildArticle({ ru, en, title: { ru: 'Т', en: 'T' }, date: '2026' }).article;

function termsIn(article: Article, index = patterns) {
  const result = annotateArticle(article, curatedGlossary, index);
  const text = (a: TermAnnotation) =>
    article.paragraphs.find((p) => p.id === a.paragraph)?.[a.side].text.slice(a.start, a.end);
  return {
    ...result,
    ru: result.annotations.filter((a) => a.side === 'ru').map((a) => [a.entry, text(a)]),
    en: result.annotations.filter((a) => a.side === 'en').map((a) => [a.entry, text(a)]),
  };
}

describe('annotateArticle: Russian terms in inflected forms', () => {
  it.each([
    ['Посол прибыл в Астану.', 'ambassador', 'Посол'],
    ['Мы встретились с послом.', 'ambassador', 'послом'],
    ['Послами назначены двое.', 'ambassador', 'Послами'],
    ['Слова посла прозвучали твёрдо.', 'ambassador', 'посла'],
    ['Это пример тесного сотрудничества.', 'cooperation', 'сотрудничества'],
    ['Партнерство растёт.', 'partnership', 'Партнерство'],
    ['Партнёрству нет конца.', 'partnership', 'Партнёрству'],
    [
      'Обсуждались вопросы двусторонних отношений.',
      'bilateral-relations',
      'двусторонних отношений',
    ],
    ['Двусторонним отношениям нужен импульс.', 'bilateral-relations', 'Двусторонним отношениям'],
    ['Речь шла о торговле и инвестициях.', 'trade-and-investment', 'торговле и инвестициях'],
    ['Они играли очень важную роль.', 'play-an-important-role', 'играли очень важную роль'],
    ['Его ценят за приверженность принципам.', 'commitment', 'приверженность'],
    ['Журналисты задали вопросы о сфере образования.', 'area-sphere', 'сфере'],
    ['Министр отметила рост торговли.', 'note', 'отметила'],
    ['Мы обсудили перспективы развития.', 'development', 'развития'],
    ['Проект основан на взаимном уважении.', 'mutual-respect', 'взаимном уважении'],
    ['Встреча прошла в Совете мира.', 'board-of-peace', 'Совете мира'],
    ['В ходе встречи подписаны документы.', 'in-the-course-of', 'В ходе'],
    ['Делегация США прибыла утром.', 'usa', 'США'],
    ['Это заслуга казахстанцев.', 'kazakhstani', 'казахстанцев'],
  ])('%s → %s “%s”', (sentence, entry, words) => {
    expect(termsIn(imported(sentence, 'An English sentence.')).ru).toContainEqual([entry, words]);
  });

  it.each([
    'После встречи все разошлись.',
    'Сферический конь в вакууме.',
    'Сотрудник ушёл домой.',
    'Он поставил отметку в журнале.',
    'Праздник удался.',
    'Представительство открылось вчера.',
    'Развитой рынок устойчив.',
    'Компания выросла.',
    'Мирные жители вернулись.',
    'сша написано строчными буквами.',
    'Он поделил пирог.',
  ])('finds nothing in “%s”', (sentence) => {
    expect(termsIn(imported(sentence, 'An English sentence.')).ru).toEqual([]);
  });

  it('is insensitive to ё and case, and keeps one term per word (the longer wins)', () => {
    const { ru } = termsIn(imported('ДВУСТОРОННИЕ ОТНОШЕНИЯ и партнёрство.', 'Relations.'));
    expect(ru).toEqual([
      ['bilateral-relations', 'ДВУСТОРОННИЕ ОТНОШЕНИЯ'],
      ['partnership', 'партнёрство'],
    ]);
  });

  it('never marks a term across two sentences', () => {
    const { ru } = termsIn(imported('Это двусторонние. Отношения хорошие.', 'Both. Good.'));
    expect(ru).not.toContainEqual(['bilateral-relations', expect.anything()]);
  });
});

describe('annotateArticle: English equivalents in the aligned sentences', () => {
  const article = imported(
    'Посол отметила рост. Погода была хорошей.\n\nСотрудничество в сфере образования расширяется.',
    'The ambassador noted growth. The weather was fine.\n\nCooperation in education is expanding.',
  );
  const terms = termsIn(article);

  it('marks the counterpart with the same occurrence id', () => {
    expect(terms.en).toEqual([
      ['ambassador', 'ambassador'],
      ['note', 'noted'],
      ['cooperation', 'Cooperation'],
    ]);
    const pairs = new Map<string, string[]>();
    for (const a of terms.annotations)
      pairs.set(a.occurrence, [...(pairs.get(a.occurrence) ?? []), a.side]);
    expect(pairs.get('ambassador-1')).toEqual(['ru', 'en']);
  });

  it('gives a glossary of the entries found, with occurrences in this article only', () => {
    expect(terms.glossary.entries.map((e) => e.id).sort()).toEqual(
      ['ambassador', 'area-sphere', 'cooperation', 'note'].sort(),
    );
    const sphere = terms.glossary.entries.find((e) => e.id === 'area-sphere');
    expect(sphere?.occurrences).toEqual([
      { id: 'area-sphere-1', entry: 'area-sphere', paragraph: 'p2', ru: { start: 17, end: 22 } },
    ]);
    expect(terms.headwords.ambassador).toBe('посо́л');
  });

  it('produces annotations the glossary validator accepts (one sentence each, no overlaps)', () => {
    expect(
      validateGlossary(terms.glossary, article, { annotations: terms.annotations }).filter(
        (p) => !p.includes('occurs nowhere'),
      ),
    ).toEqual([]);
  });
});

describe('annotateArticle on the curated article', () => {
  const key = (a: TermAnnotation) => `${a.paragraph}:${a.side}:${a.start}:${a.end}:${a.entry}`;
  const russian = curatedAnnotations.filter((a) => a.side === 'ru');

  it.each([
    ['the glossary’s own forms and the tables', patterns, 0.97],
    ['the ending tables alone', tablesOnly, 0.9],
  ])('finds the hand-marked Russian terms with %s', (_, index, recall) => {
    const found = new Set(
      annotateArticle(curatedArticle, curatedGlossary, index).annotations.map(key),
    );
    const hits = russian.filter((a) => found.has(key(a))).length;
    expect(hits / russian.length).toBeGreaterThanOrEqual(recall);
  });
});
