import { describe, expect, it } from 'vitest';
import authored from '@/content/articles/stufft-astana-press-conference/article.json';
import source from '@/content/articles/stufft-astana-press-conference/source.ru.txt?raw';
import { splitParagraphs } from '../utils/split-paragraphs';
import { handAlignedDocuments, heldOutDocuments } from './documents';
import { scoreLinks, sumScores } from './evaluate';
import { goldOfCuratedArticle } from './gold';
import { evaluateOurs } from './run-aligner';

const curated = goldOfCuratedArticle(authored, source);

describe('the hand-aligned test set', () => {
  it('has at least 22 paragraph links, with every link shape the importer must handle', () => {
    const links = handAlignedDocuments.flatMap((d) => d.paragraphLinks);
    expect(links.length).toBeGreaterThanOrEqual(22);
    const shapes = (list: { ru: string[]; en: string[] }[]) =>
      new Set(list.map((l) => `${l.ru.length}:${l.en.length}`));
    expect(shapes(links)).toEqual(new Set(['1:1', '2:1', '1:2', '1:0', '0:1']));
    const sentenceShapes = shapes(handAlignedDocuments.flatMap((d) => d.sentenceLinks));
    for (const shape of ['1:1', '1:2', '2:1', '2:2', '1:0', '0:1']) {
      expect(sentenceShapes).toContain(shape);
    }
  });

  it.each(handAlignedDocuments.map((d) => [d.id, d] as const))(
    '%s: the gold raw paragraphs are what paragraph splitting finds',
    (_id, document) => {
      const gold = (side: 'ru' | 'en') => document.paragraphLinks.flatMap((l) => l[side]);
      expect(splitParagraphs(document.ru)).toEqual(gold('ru'));
      expect(splitParagraphs(document.en)).toEqual(gold('en'));
    },
  );
});

describe('the held-out set', () => {
  it.each(heldOutDocuments.map((d) => [d.id, d] as const))(
    '%s: the gold raw paragraphs are what paragraph splitting finds',
    (_id, document) => {
      const gold = (side: 'ru' | 'en') => document.paragraphLinks.flatMap((l) => l[side]);
      expect(splitParagraphs(document.ru)).toEqual(gold('ru'));
      expect(splitParagraphs(document.en)).toEqual(gold('en'));
    },
  );

  it('has at least 8 paragraph links per document', () => {
    for (const document of heldOutDocuments)
      expect(document.paragraphLinks.length).toBeGreaterThanOrEqual(8);
  });

  // A floor against regressions, not a target: these texts were never used to tune the aligner.
  it('keeps sentence F1 ≥ 0.9 on texts the aligner was not tuned on', () => {
    const scores = heldOutDocuments.map((document) => evaluateOurs(document));
    expect(sumScores(scores.map((s) => s.sentences)).f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('alignment quality on the test set', () => {
  const ours = handAlignedDocuments.map((document) => evaluateOurs(document));

  it('reaches sentence F1 ≥ 0.95 and paragraph F1 ≥ 0.95 on the hand-aligned documents', () => {
    expect(sumScores(ours.map((s) => s.sentences)).f1).toBeGreaterThanOrEqual(0.95);
    expect(sumScores(ours.map((s) => s.paragraphs)).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('aligns the curated article from its damaged source as the curators did', () => {
    const scores = evaluateOurs(curated);
    expect(scores.paragraphs.f1).toBe(1);
    expect(scores.sentences.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe('scoreLinks', () => {
  const link = (ru: string[], en: string[]) => ({ ru, en });
  it.each([
    ['identical links', [link(['а'], ['a'])], [link(['а'], ['a'])], 1, 1],
    ['whitespace does not matter', [link(['а  б'], ['a'])], [link(['а\nб'], ['a'])], 1, 1],
    [
      'a merged pair is wrong at both ends',
      [link(['а'], ['a']), link(['б'], ['b'])],
      [link(['а', 'б'], ['a', 'b'])],
      0,
      0,
    ],
    [
      'half right',
      [link(['а'], ['a']), link(['б'], ['b'])],
      [link(['а'], ['a']), link(['б'], [])],
      0.5,
      0.5,
    ],
  ])('%s', (_name, gold, proposed, precision, recall) => {
    expect(scoreLinks(gold, proposed)).toMatchObject({ precision, recall });
  });
});
