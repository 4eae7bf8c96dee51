import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, proseText } from '@/test/text-arbitraries';
import { normaliseText } from './normalise-text';
import { segmentSentences } from './segment-sentences';
import { splitParagraphs } from './split-paragraphs';

const withoutSpace = (text: string) => text.replace(/\s/gu, '');
const texts = fc.oneof(anyText, proseText);

describe('normaliseText (properties)', () => {
  it('never throws and is idempotent', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
    );
  });

  it('leaves no CR, line or paragraph separator, zero-width space or BOM', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(normaliseText(text)).not.toMatch(/[\r\u2028\u2029\u200B\u2060\uFEFF\u00AD]/u);
      }),
    );
  });
});

describe('splitParagraphs (properties)', () => {
  it('never throws; its paragraphs hold every non-space character of the text once, in order', () => {
    fc.assert(
      fc.property(texts, (raw) => {
        const text = normaliseText(raw);
        const paragraphs = splitParagraphs(text);
        expect(withoutSpace(paragraphs.join(''))).toBe(withoutSpace(text));
        for (const paragraph of paragraphs) {
          expect(paragraph.length).toBeGreaterThan(0);
          expect(paragraph).toBe(paragraph.trim());
          expect(paragraph).not.toMatch(/\n[ \t]*\n/);
        }
      }),
    );
  });
});

/** What is wrong with spans over a text: they must be in order, apart, trimmed, non-empty, and
 * together hold every non-space character once, nothing but space between them. */
function coverProblem(text: string, spans: readonly { start: number; end: number }[]) {
  let at = 0;
  for (const [k, { start, end }] of spans.entries()) {
    if (start < at || end <= start || end > text.length) return `span ${k} [${start}, ${end})`;
    if (withoutSpace(text.slice(at, start)) !== '') return `text left out before span ${k}`;
    const sentence = text.slice(start, end);
    if (sentence !== sentence.trim()) return `span ${k} is not trimmed`;
    at = end;
  }
  return withoutSpace(text.slice(at)) === '' ? undefined : 'text left out at the end';
}

const expectCover = (text: string, spans: readonly { start: number; end: number }[]) =>
  expect(coverProblem(text, spans), JSON.stringify(text)).toBeUndefined();

describe('segmentSentences (properties)', () => {
  it.each(['ru', 'en'] as const)(
    'never throws; sentences cover every non-space character once, in order (%s)',
    (language) => {
      fc.assert(
        fc.property(texts, (raw) => {
          for (const paragraph of splitParagraphs(normaliseText(raw)))
            expectCover(paragraph, segmentSentences(paragraph, language));
          // Unsplit and unnormalised text too: the segmenter must not rely on its callers.
          expectCover(raw, segmentSentences(raw, language));
        }),
      );
    },
  );

  it.each(['ru', 'en'] as const)(
    'round-trips: each sentence it finds, segmented again on its own, is one sentence (%s)',
    (language) => {
      fc.assert(
        fc.property(texts, (raw) => {
          for (const paragraph of splitParagraphs(normaliseText(raw))) {
            for (const { start, end } of segmentSentences(paragraph, language)) {
              const sentence = paragraph.slice(start, end);
              expect(segmentSentences(sentence, language), sentence).toEqual([
                { start: 0, end: sentence.length },
              ]);
            }
          }
        }),
      );
    },
  );

  it('copes with a huge line in linear time', () => {
    const line = 'Посол сказала: «Да» – и т. д. В 2026 г. США. '.repeat(20_000);
    const started = performance.now();
    const spans = segmentSentences(line, 'ru');
    expect(performance.now() - started).toBeLessThan(3000);
    expectCover(line, spans);
  });
});
