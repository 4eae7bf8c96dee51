import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import curatedGlossary from 'virtual:curated/glossary';
import { glossaryTags, type GlossaryEntry, type GlossaryTag } from '@/content/glossary-schema';
import { searchableForms, searchEntries, type SortOrder } from './search-entries';
import { foldForSearch } from './text-match';

const entries = curatedGlossary.entries;
const search = (text: string, sort: SortOrder = 'article', tag?: GlossaryTag) =>
  searchEntries(entries, curatedArticle, { text, sort, tag });
const ids = (found: readonly GlossaryEntry[]) => found.map((entry) => entry.id);

describe('searchEntries over the curated glossary', () => {
  it.each([
    {
      why: 'upper case',
      query: 'ОТНОШЕНИЙ',
      finds: ['bilateral-relations', 'full-spectrum-of-relations'],
    },
    { why: 'ё written е finds the ё headword', query: 'партнерство', finds: ['partnership'] },
    { why: 'ё finds the text’s е spelling', query: 'партнёрство', finds: ['partnership'] },
    {
      why: 'stress marks in the query',
      query: 'двусторо\u0301нние',
      finds: ['bilateral-relations'],
    },
    {
      why: 'a stressed, capitalised query',
      query: 'Двусторо\u0301нние Отноше\u0301ния',
      finds: ['bilateral-relations'],
    },
    { why: 'an inflected form in the text', query: 'двусторонних', finds: ['bilateral-relations'] },
    {
      why: 'a genitive plural in the text',
      query: 'отношений',
      finds: ['bilateral-relations', 'full-spectrum-of-relations'],
    },
    { why: 'a past-tense form in the text', query: 'подчеркнула', finds: ['stress'] },
    {
      why: 'a form in the text, capitalised there',
      query: 'соединенные',
      finds: ['united-states'],
    },
    { why: 'an English equivalent', query: 'bilateral', finds: ['bilateral-relations'] },
    { why: 'English in any case', query: 'BILATERAL TIES', finds: ['bilateral-relations'] },
    { why: 'English as it stands in the translation', query: 'stressed', finds: ['stress'] },
    {
      why: 'surrounding and repeated spaces',
      query: '  двусторонние   отношения ',
      finds: ['bilateral-relations'],
    },
    { why: 'no match', query: 'zzzz', finds: [] },
  ])('matches regardless of $why: “$query”', ({ query, finds }) => {
    expect(ids(search(query))).toEqual(finds);
  });

  it('finds a headword by any part of it', () => {
    expect(ids(search('партн'))).toContain('partnership');
  });

  it('an empty or blank query returns every entry', () => {
    expect(search('')).toHaveLength(entries.length);
    expect(search('   ')).toHaveLength(entries.length);
    expect(new Set(ids(search('', 'russian')))).toEqual(new Set(ids(entries)));
  });

  it('searchable forms include the inflected forms on both sides, folded', () => {
    const forms = searchableForms(
      entries.find((e) => e.id === 'bilateral-relations')!,
      curatedArticle,
    );
    expect(forms).toEqual(
      expect.arrayContaining([
        'двусторонние отношения',
        'двусторонних отношений',
        'bilateral relations',
        'bilateral relationship',
        'bilateral ties',
      ]),
    );
    expect(forms.every((form) => form === foldForSearch(form))).toBe(true);
  });

  it.each(glossaryTags.map((tag) => ({ tag })))(
    'the $tag filter keeps exactly its entries',
    ({ tag }) => {
      const found = search('', 'russian', tag);
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(ids(found))).toEqual(
        new Set(ids(entries.filter((entry) => entry.tags.includes(tag)))),
      );
    },
  );

  it('the tag filter and the query combine', () => {
    expect(ids(search('', 'russian', 'education'))).toEqual([
      'educational-programs',
      'study',
      'record',
      'statistics',
      'academic-year',
    ]);
    expect(ids(search('отношений', 'article', 'relations'))).toEqual([
      'bilateral-relations',
      'full-spectrum-of-relations',
    ]);
    expect(ids(search('отношений', 'article', 'education'))).toEqual([]);
  });

  it('sorts in Russian alphabetical order, ignoring stress, case and ё', () => {
    const found = search('', 'russian');
    const keys = found.map((entry) => foldForSearch(entry.headword));
    for (let i = 1; i < keys.length; i++)
      expect(
        keys[i - 1]!.localeCompare(keys[i]!, 'ru'),
        `${keys[i - 1]} ≤ ${keys[i]}`,
      ).toBeLessThanOrEqual(0);
    expect(ids(found).slice(0, 3)).toEqual(['forefront', 'years-ahead', 'in-the-course-of']);
    // Capitalised headwords sort among the rest, not before them.
    const board = ids(found).indexOf('board-of-peace');
    expect(board).toBeGreaterThan(found.length / 2);
  });

  it('sorts by the first English equivalent, A–Z, ignoring case', () => {
    const found = search('', 'english');
    const keys = found.map((entry) => entry.en[0]!);
    for (let i = 1; i < keys.length; i++)
      expect(
        keys[i - 1]!.localeCompare(keys[i]!, 'en', { sensitivity: 'base' }),
        `${keys[i - 1]} ≤ ${keys[i]}`,
      ).toBeLessThanOrEqual(0);
    expect(ids(found).slice(0, 4)).toEqual([
      'academic-year',
      'achieve',
      'achievement',
      'full-spectrum-of-relations',
    ]);
  });

  it('sorts in the order the terms first appear in the article', () => {
    const found = search('', 'article');
    expect(ids(found).slice(0, 5)).toEqual([
      'ambassador',
      'usa',
      'hold',
      'press-conference',
      'in-the-course-of',
    ]);
    const paragraphIndex = new Map(curatedArticle.paragraphs.map((p, index) => [p.id, index]));
    const firstParagraph = (entry: GlossaryEntry) =>
      Math.min(...entry.occurrences.map((o) => paragraphIndex.get(o.paragraph)!));
    const order = found.map(firstParagraph);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('sorts the results of a query too', () => {
    expect(ids(search('отношени', 'russian'))).toEqual(
      ids(search('отношени', 'article')).sort((a, b) =>
        foldForSearch(entries.find((e) => e.id === a)!.headword).localeCompare(
          foldForSearch(entries.find((e) => e.id === b)!.headword),
          'ru',
        ),
      ),
    );
  });

  it('does not reorder the glossary it is given', () => {
    const before = ids(entries);
    search('', 'russian');
    search('', 'english');
    expect(ids(entries)).toEqual(before);
  });
});
