import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import curatedGlossary from 'virtual:curated/glossary';
import type { GlossaryEntry } from '@/content/glossary-schema';
import { stressMark } from '@/content/stress';
import { ankiTsv } from './anki-export';

const entries = curatedGlossary.entries;
const entry = (id: string) => entries.find((e) => e.id === id)!;
const tsv = ankiTsv(entries, curatedArticle);
const lines = tsv.split('\n');
const header = lines.slice(0, 4);
const rows = lines.slice(4, -1).map((line) => line.split('\t'));
const rowFor = (id: string) => rows[entries.indexOf(entry(id))]!;

describe('Anki export (tab-separated notes)', () => {
  it('starts with the header lines Anki reads', () => {
    expect(header).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tContext (Russian)\tContext (English)\tTags',
      '#tags column:5',
    ]);
  });

  it('has one row per entry, in the given order, each with exactly five fields', () => {
    expect(rows).toHaveLength(entries.length);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows.map((row) => row[0])).toEqual(entries.map((e) => e.headword));
  });

  it('ends with one newline and has no blank lines', () => {
    expect(tsv.endsWith('\n')).toBe(true);
    expect(tsv.endsWith('\n\n')).toBe(false);
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((line) => line.trim() !== '')).toBe(true);
    expect(tsv).not.toContain('\r');
  });

  it('writes the headword with its stress marks (U+0301) and the English joined by "; "', () => {
    const [front, back] = rowFor('bilateral-relations');
    expect(front).toBe('двусторо\u0301нние отноше\u0301ния');
    expect([...front!].filter((char) => char === stressMark)).toHaveLength(2);
    expect(back).toBe('bilateral relations; bilateral relationship; bilateral ties');
  });

  it('keeps every stress mark of every headword', () => {
    const marks = (text: string) => text.split(stressMark).length - 1;
    entries.forEach((e, index) => {
      expect(marks(rows[index]![0]!)).toBe(marks(e.headword));
    });
    expect(rows.filter((row) => row[0]!.includes(stressMark)).length).toBeGreaterThan(100);
  });

  it('gives the context sentence in Russian and in English, the term in both', () => {
    const [, , ru, en] = rowFor('bilateral-relations');
    expect(ru).toBe(
      'Она отметила, что двусторонние отношения РК и США сегодня крепче, чем когда-либо, между президентами Дональдом Трампом и Касым-Жомартом Токаевым налажен хороший личный диалог, есть взаимное стремление к дальнейшему совместному движению вперед.',
    );
    expect(en).toMatch(
      /^She noted that bilateral relations between Kazakhstan and the United States/,
    );
  });

  it('every entry has a context, and it is a sentence of the article', () => {
    const ruText = curatedArticle.paragraphs.map((p) => p.ru.text).join('\n');
    const enText = curatedArticle.paragraphs.map((p) => p.en.text).join('\n');
    entries.forEach((e, index) => {
      const [, , ru, en] = rows[index]!;
      expect(ru, e.id).not.toBe('');
      expect(ruText, e.id).toContain(ru);
      expect(enText, e.id).toContain(en);
    });
    expect(rowFor('stress')[2]).toContain('подчеркнула');
    expect(rowFor('partnership')[3]).toContain('partnership');
  });

  it('tags every note parallel-reader, with the article id and the entry’s tags', () => {
    expect(rowFor('bilateral-relations')[4]).toBe(
      'parallel-reader stufft-astana-press-conference relations',
    );
    expect(rowFor('board-of-peace')[4]).toBe(
      'parallel-reader stufft-astana-press-conference institutions multilateral peace false-friends',
    );
    entries.forEach((e, index) => {
      const tags = rows[index]![4]!.split(' ');
      expect(tags.slice(0, 2)).toEqual(['parallel-reader', curatedArticle.id]);
      expect(tags.slice(2)).toEqual(e.tags);
    });
  });

  it('replaces tabs and line breaks inside fields, so they cannot split fields or notes', () => {
    const messy: GlossaryEntry = {
      ...entry('partnership'),
      headword: 'партнёрство\t(с\r\nкем)',
      en: ['partner\tship', 'line\none', 'line\r\ntwo '],
    };
    const out = ankiTsv([messy], curatedArticle);
    const outLines = out.split('\n');
    expect(outLines).toHaveLength(6);
    const fields = outLines[4]!.split('\t');
    expect(fields).toHaveLength(5);
    expect(fields[0]).toBe('партнёрство (с кем)');
    expect(fields[1]).toBe('partner ship; line one; line two');
  });

  it('leaves the context fields empty for an entry with no occurrence', () => {
    const unplaced: GlossaryEntry = { ...entry('partnership'), occurrences: [] };
    const [row] = ankiTsv([unplaced], curatedArticle).split('\n').slice(4, 5);
    expect(row!.split('\t')).toEqual([
      'партнёрство',
      'partnership',
      '',
      '',
      'parallel-reader stufft-astana-press-conference relations',
    ]);
  });

  it('with no entries, is the header alone', () => {
    expect(ankiTsv([], curatedArticle)).toBe(`${header.join('\n')}\n`);
  });
});
