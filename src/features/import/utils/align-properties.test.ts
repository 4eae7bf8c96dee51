import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/content/article-schema';
import { anyText, proseText } from '@/test/text-arbitraries';
import { alignTexts } from './align-texts';
import { buildArticle } from './build-article';
import { normaliseText } from './normalise-text';
import { splitParagraphs } from './split-paragraphs';

const paragraphsOf = (text: string) => splitParagraphs(normaliseText(text));
const texts = fc.oneof(proseText, anyText);
const range = (count: number) => Array.from({ length: count }, (_, k) => k);

describe('alignTexts (properties)', () => {
  it('never throws; every paragraph and every sentence of each side is in exactly one link, in order', () => {
    fc.assert(
      fc.property(texts, texts, (ruText, enText) => {
        const ru = paragraphsOf(ruText);
        const en = paragraphsOf(enText);
        const aligned = alignTexts(ru, en);
        expect(aligned.flatMap((p) => p.sources.ru)).toEqual(range(ru.length));
        expect(aligned.flatMap((p) => p.sources.en)).toEqual(range(en.length));
        for (const paragraph of aligned) {
          expect(paragraph.links.flatMap((l) => l.ru)).toEqual(
            range(paragraph.ru.sentences.length),
          );
          expect(paragraph.links.flatMap((l) => l.en)).toEqual(
            range(paragraph.en.sentences.length),
          );
          for (const link of paragraph.links) {
            expect(link.ru.length + link.en.length).toBeGreaterThan(0);
            expect(link.confidence).toBeGreaterThanOrEqual(0);
            expect(link.confidence).toBeLessThanOrEqual(1);
          }
        }
      }),
    );
  });

  it('never throws on raw paragraph lists (empty strings, lone marks, no sentences at all)', () => {
    const paragraph = fc.oneof(fc.constantFrom('', ' ', '.', '\n', '?!'), anyText);
    fc.assert(
      fc.property(
        fc.array(paragraph, { maxLength: 6 }),
        fc.array(paragraph, { maxLength: 6 }),
        (ru, en) => {
          const aligned = alignTexts(ru, en);
          expect(aligned.flatMap((p) => p.sources.ru)).toEqual(range(ru.length));
          expect(aligned.flatMap((p) => p.sources.en)).toEqual(range(en.length));
        },
      ),
    );
  });
});

describe('buildArticle (properties)', () => {
  it('returns an article the schema accepts for any two non-empty texts', () => {
    const nonEmpty = texts.filter((text) => paragraphsOf(text).length > 0);
    fc.assert(
      fc.property(nonEmpty, nonEmpty, fc.string({ maxLength: 30 }), (ru, en, title) => {
        const built = buildArticle({ ru, en, title: { ru: title || 'Т', en: title || 'T' } });
        expect(articleSchema.safeParse(built.article).success).toBe(true);
        const sentences = (side: 'ru' | 'en') =>
          built.article.paragraphs.flatMap((p) =>
            p[side].sentences.map((s) => p[side].text.slice(s.start, s.end)),
          );
        // Every non-space character of each side is in exactly one sentence, in order.
        for (const [side, text] of [
          ['ru', ru],
          ['en', en],
        ] as const)
          expect(sentences(side).join('').replace(/\s/gu, '')).toBe(
            normaliseText(text).replace(/\s/gu, ''),
          );
      }),
      { numRuns: 60 },
    );
  });
});
