import { describe, expect, it } from 'vitest';
import { compileGlossary } from './compile-glossary';
import curatedArticle from 'virtual:curated/article';
import curatedGlossary from 'virtual:curated/glossary';
import curatedAnnotations from 'virtual:curated/annotations';
import authored from './articles/stufft-astana-press-conference/glossary.json';
import { validateGlossary } from './validate-glossary';

const problems = (glossary = curatedGlossary, annotations = curatedAnnotations) =>
  validateGlossary(glossary, curatedArticle, { minEntries: 50, annotations });

const copy = () => structuredClone(curatedGlossary);

describe('the curated glossary', () => {
  it('passes every rule', () => {
    expect(problems()).toEqual([]);
  });

  it('has at least 50 entries, each in both texts, with the reporting verbs of the quotes', () => {
    expect(curatedGlossary.entries.length).toBeGreaterThanOrEqual(50);
    const headwords = curatedGlossary.entries.map((e) => e.headword.replaceAll('\u0301', ''));
    for (const verb of [
      'отметить',
      'подчеркнуть',
      'добавить',
      'считать',
      'поделиться',
      'напомнить',
      'объявить',
      'прокомментировать',
    ]) {
      expect(headwords).toContain(verb);
    }
  });

  it('marks inflected forms: «двусторонние отношения» in paragraph 2', () => {
    const p2 = curatedArticle.paragraphs[1]!;
    const marked = curatedAnnotations
      .filter((a) => a.paragraph === 'p2' && a.side === 'ru')
      .map((a) => p2.ru.text.slice(a.start, a.end));
    expect(marked).toContain('двусторонние отношения');
  });
});

describe('validateGlossary rejects a broken copy', () => {
  it('when an entry occurs on one side only', () => {
    const glossary = copy();
    const entry = glossary.entries[0]!;
    entry.occurrences = entry.occurrences.map((o) => ({ ...o, en: undefined }));
    expect(problems(glossary, curatedAnnotations)).toContain(
      `${entry.id}: occurs nowhere in the English text`,
    );
  });

  it('when a headword lacks its stress mark', () => {
    const glossary = copy();
    const entry = glossary.entries.find(
      (e) => e.pos !== 'abbreviation' && /\u0301/.test(e.headword),
    )!;
    entry.headword = entry.headword.replaceAll('\u0301', '');
    expect(
      problems(glossary).some(
        (p) => p.startsWith(`${entry.id}: headword “`) && p.endsWith('no stress mark'),
      ),
    ).toBe(true);
  });

  it('when a note is missing in one language', () => {
    const glossary = copy();
    glossary.entries[1]!.note.ru = '  ';
    expect(problems(glossary)).toContain(`${glossary.entries[1]!.id}: note.ru is empty`);
  });

  it('when an annotation names no entry', () => {
    const stray = { ...curatedAnnotations[0]!, entry: 'no-such-entry', occurrence: 'stray-1' };
    expect(problems(curatedGlossary, [...curatedAnnotations, stray])).toContain(
      `stray-1 in ${stray.paragraph} (${stray.side}): names no glossary entry (“no-such-entry”)`,
    );
  });

  it('when two terms overlap or one crosses a sentence', () => {
    const first = curatedAnnotations[0]!;
    const overlapping = {
      ...first,
      occurrence: 'x-1',
      entry: first.entry,
      start: first.start + 1,
      end: first.end + 1,
    };
    const p = curatedArticle.paragraphs.find((q) => q.id === 'p3')!;
    const crossing = {
      paragraph: 'p3',
      side: 'ru' as const,
      start: p.ru.sentences[0]!.end - 3,
      end: p.ru.sentences[1]!.start + 3,
      entry: first.entry,
      occurrence: 'x-2',
    };
    const found = problems(curatedGlossary, [...curatedAnnotations, overlapping, crossing]);
    expect(found).toContain(
      `${first.occurrence} and x-1 in ${first.paragraph} (${first.side}) overlap`,
    );
    expect(found).toContain('x-2 in p3 (ru): spans more than one sentence');
  });

  it('when the glossary is too small', () => {
    const glossary = copy();
    glossary.entries = glossary.entries.slice(0, 10);
    expect(problems(glossary, [])).toContain(
      'the glossary has 10 entries; at least 50 are required',
    );
  });
});

describe('compileGlossary', () => {
  it('says which quoted words are not in the paragraph', () => {
    const broken = structuredClone(authored);
    broken.entries[0]!.occurrences[0]!.ru = 'слова, которых нет';
    expect(() => compileGlossary(broken, curatedArticle)).toThrow(
      /“слова, которых нет” is not in the text/,
    );
  });

  it('locates a bracketed term inside its context', () => {
    const p6 = curatedArticle.paragraphs.find((p) => p.id === 'p6')!;
    const inP6 = curatedAnnotations
      .filter((a) => a.paragraph === 'p6' && a.side === 'ru')
      .map((a) => p6.ru.text.slice(a.start, a.end));
    expect(inP6.filter((words) => words === 'Совете мира')).toHaveLength(2);
  });
});
