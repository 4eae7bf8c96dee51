import { describe, expect, it } from 'vitest';
import source from '@/content/articles/stufft-astana-press-conference/source.ru.txt?raw';
import curatedArticle from 'virtual:curated/article';
import { validateArticle } from '@/content/validate-article';
import { handAlignedDocuments } from '../test-set/documents';
import { buildArticle, importedGroupShapes, ImportError } from './build-article';

const english = curatedArticle.paragraphs.map((p) => p.en.text).join('\n\n');
const title = curatedArticle.headline;
// Numbers or quotes that differ between the sides are legitimate in an import; anything else
// (text, sentences, groups, marks, speakers) must be valid.
const structural = (message: string) => !/number|quotes differ/.test(message);

describe('buildArticle', () => {
  const built = buildArticle({ ru: source, en: english, title, date: '2026' });

  it('turns the curated article’s damaged source and its translation into a valid Article', () => {
    const issues = validateArticle(built.article, { groupShapes: importedGroupShapes });
    expect(issues).toEqual([]);
    expect(built.warnings).toEqual([]);
  });

  it('reproduces the curated paragraphs, sentences and groups', () => {
    expect(built.article.paragraphs.map((p) => p.ru.text)).toEqual(
      curatedArticle.paragraphs.map((p) => p.ru.text),
    );
    built.article.paragraphs.forEach((paragraph, k) => {
      const curated = curatedArticle.paragraphs[k]!;
      expect(paragraph.groups.map((g) => [g.ru, g.en])).toEqual(
        curated.groups.map((g) => [g.ru, g.en]),
      );
    });
  });

  it('finds the curated quotes, with one speaker for both sides', () => {
    const quotes = (side: 'ru' | 'en') =>
      built.article.paragraphs.flatMap((p) =>
        p[side].marks.filter((m) => m.kind === 'quote').map((m) => `${p.id} ${m.ref} ${m.speaker}`),
      );
    expect(quotes('ru')).toEqual([
      'p3 p3-q1 stufft',
      'p3 p3-q1 stufft',
      'p6 p6-q1 stufft',
      'p8 p8-q1 stufft',
      'p8 p8-q2 stufft',
      'p11 p11-q1 stufft',
    ]);
    expect(built.article.speakers.find((s) => s.id === 'stufft')?.name).toEqual({
      ru: 'Джули Стаффт',
      en: 'Julie Stufft',
    });
  });

  it('gives every group a confidence in [0, 1]', () => {
    built.article.paragraphs.forEach((paragraph, k) => {
      expect(built.confidences[k]).toHaveLength(paragraph.groups.length);
      for (const c of built.confidences[k]!) expect(c).toBeGreaterThanOrEqual(0);
      for (const c of built.confidences[k]!) expect(c).toBeLessThanOrEqual(1);
    });
  });

  it.each(handAlignedDocuments.map((d) => [d.id, d] as const))(
    'builds a structurally valid article from %s',
    (_id, document) => {
      const { article, warnings } = buildArticle({
        ru: document.ru,
        en: document.en,
        title,
        date: '2026',
      });
      expect(warnings.map((w) => w.message).filter(structural)).toEqual([]);
      const shapes = article.paragraphs.flatMap((p) =>
        p.groups.map((g) => `${g.ru.length}:${g.en.length}`),
      );
      expect(shapes.length).toBeGreaterThan(0);
    },
  );

  it('keeps a paragraph found on one side only as 1–0 groups in its neighbour', () => {
    const { article } = buildArticle({
      ru: 'Заголовок новости\n\nПосол прибыл в Астану. Встреча прошла хорошо.',
      en: 'The ambassador arrived in Astana. The meeting went well.',
      title,
      date: '2026',
    });
    expect(article.paragraphs).toHaveLength(1);
    expect(article.paragraphs[0]!.groups.map((g) => `${g.ru.length}:${g.en.length}`)).toEqual([
      '1:0',
      '1:1',
      '1:1',
    ]);
  });

  it('reports progress up to 1', () => {
    const seen: number[] = [];
    buildArticle({ ru: source, en: english, title, date: '2026', onProgress: (f) => seen.push(f) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it.each([
    ['Russian', { ru: ' \n ', en: 'Text.' }],
    ['English', { ru: 'Текст.', en: '' }],
  ])('refuses an empty %s text', (_side, texts) => {
    expect(() => buildArticle({ ...texts, title })).toThrow(ImportError);
  });
});
