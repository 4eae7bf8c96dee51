import { describe, expect, it } from 'vitest';
import type { LibraryRecord } from '../storage/library-records';
import { buildArticle } from './build-article';
import {
  libraryFileName,
  makeLibraryFile,
  maxLibraryFileBytes,
  parseLibraryFile,
  unreadableFile,
} from './library-file';

const { article } = buildArticle({
  ru: 'Министр заявил, что переговоры продолжатся. Встреча пройдёт в Москве.',
  en: 'The minister said the talks would continue. The meeting will take place in Moscow.',
  title: { ru: 'Переговоры', en: 'Talks' },
});

const record = (id: string, title: string): LibraryRecord => ({
  v: 2,
  id,
  title,
  createdAt: '2026-01-01T00:00:00.000Z',
  // A copy each time: some cases below damage the article they are given.
  article: { ...structuredClone(article), id },
});

const now = new Date('2026-02-13T09:30:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);
const fileOf = (value: unknown) => bytes(JSON.stringify(value));
const good = () => makeLibraryFile([record('talks', 'Talks'), record('summit', 'Summit')], now);

describe('library file', () => {
  it('round-trips an exported library', () => {
    const file = good();
    expect(file).toMatchObject({ format: 'parallel-reader-library', version: 1 });
    expect(file.exportedAt).toBe('2026-02-13T09:30:00.000Z');
    expect(parseLibraryFile(fileOf(file))).toEqual({ ok: true, file });
  });

  it('leaves the deletion mark out of an export', () => {
    const deleted = { ...record('talks', 'Talks'), deletedAt: '2026-02-01T00:00:00.000Z' };
    expect(makeLibraryFile([deleted], now).articles[0]).toEqual(record('talks', 'Talks'));
  });

  it('reads version 1 records, as an older export would hold them', () => {
    const v1 = { ...record('talks', 'Talks'), v: 1 };
    const parsed = parseLibraryFile(fileOf({ ...good(), articles: [v1] }));
    expect(parsed).toEqual({
      ok: true,
      file: { ...good(), articles: [record('talks', 'Talks')] },
    });
  });

  it('names files after the library or the article, safely', () => {
    expect(libraryFileName(now)).toBe('parallel-reader-library-2026-02-13.json');
    expect(libraryFileName(now, 'Water summit: day 2/3')).toBe(
      'parallel-reader-Water-summit-day-2-3-2026-02-13.json',
    );
    expect(libraryFileName(now, 'Переговоры в Москве')).toBe(
      'parallel-reader-Переговоры-в-Москве-2026-02-13.json',
    );
    expect(libraryFileName(now, '***')).toBe('parallel-reader-article-2026-02-13.json');
  });

  it('keeps unreadable records as they are, with their reasons', () => {
    const text = unreadableFile([{ key: 'broken', reason: 'title: empty', raw: { v: 1 } }], now);
    expect(JSON.parse(text)).toEqual({
      format: 'parallel-reader-unreadable',
      exportedAt: '2026-02-13T09:30:00.000Z',
      records: [{ key: 'broken', reason: 'title: empty', value: { v: 1 } }],
    });
  });
});

describe('a bad library file is refused whole, saying why', () => {
  const damagedArticle = () => {
    const file = good();
    const second = file.articles[1] as unknown as { article: { paragraphs: unknown[] } };
    const paragraph = second.article.paragraphs[0] as { en: { text?: string } };
    delete paragraph.en.text;
    return file;
  };

  const cases: [string, Uint8Array, unknown][] = [
    ['an empty file', bytes(''), { kind: 'empty' }],
    ['only whitespace', bytes(' \n\t'), { kind: 'empty' }],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), { kind: 'binary' }],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { kind: 'encoding' }],
    ['not JSON', bytes('format: parallel-reader-library'), { kind: 'notJson' }],
    ['JSON of another kind', fileOf([1, 2, 3]), { kind: 'notLibrary' }],
    [
      'a vocabulary backup',
      fileOf({ format: 'parallel-reader-backup', version: 1 }),
      { kind: 'notLibrary' },
    ],
    ['a newer version', fileOf({ ...good(), version: 2 }), { kind: 'newerVersion', version: 2 }],
    [
      'articles that are not a list',
      fileOf({ ...good(), articles: {} }),
      { kind: 'damaged', issue: { field: 'articles', kind: 'wrongType' } },
    ],
    [
      'no export date',
      fileOf({ ...good(), exportedAt: undefined }),
      { kind: 'damaged', issue: { field: 'exportedAt', kind: 'missing' } },
    ],
    ['no articles', fileOf({ ...good(), articles: [] }), { kind: 'noArticles' }],
    [
      'an article missing a field',
      fileOf(damagedArticle()),
      {
        kind: 'badArticle',
        number: 2,
        title: 'Summit',
        issue: { field: 'article.paragraphs.0.en.text', kind: 'missing' },
      },
    ],
    [
      'an article with an empty title',
      fileOf({ ...good(), articles: [{ ...record('talks', 'Talks'), title: '  ' }] }),
      { kind: 'badArticle', number: 1, issue: { field: 'title', kind: 'empty' } },
    ],
    [
      'an article with a malformed id',
      fileOf({ ...good(), articles: [record('Not An Id', 'Talks')] }),
      { kind: 'badArticle', number: 1, title: 'Talks', issue: { field: 'id', kind: 'badFormat' } },
    ],
    [
      'an article whose id is not its record’s',
      fileOf({ ...good(), articles: [{ ...record('talks', 'Talks'), id: 'other' }] }),
      {
        kind: 'badArticle',
        number: 1,
        title: 'Talks',
        issue: { field: 'article.id', kind: 'badValue' },
      },
    ],
    [
      'an article of an unknown record version',
      fileOf({ ...good(), articles: [{ ...record('talks', 'Talks'), v: 9 }] }),
      { kind: 'badArticle', number: 1, title: 'Talks', issue: { field: 'v', kind: 'badValue' } },
    ],
  ];

  it.each(cases)('%s', (_name, input, problem) => {
    expect(parseLibraryFile(input)).toEqual({ ok: false, problem });
  });

  it('a sentence reaching past its text', () => {
    const file = good();
    const sentence = file.articles[0]?.article.paragraphs[0]?.ru.sentences[0];
    if (sentence) sentence.end = 10_000;
    expect(parseLibraryFile(fileOf(file))).toEqual({
      ok: false,
      problem: {
        kind: 'badArticle',
        number: 1,
        title: 'Talks',
        issue: { field: 'article.paragraphs.0.ru.sentences.0', kind: 'outOfRange' },
      },
    });
  });

  it('a file over the size limit, before it is decoded', () => {
    const huge = new Uint8Array(maxLibraryFileBytes + 1).fill(0x20);
    expect(parseLibraryFile(huge)).toEqual({ ok: false, problem: { kind: 'tooLarge' } });
  });
});
