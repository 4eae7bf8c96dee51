import { normaliseText } from '../../src/features/import/utils/normalise-text.ts';
import { segmentSentences } from '../../src/features/import/utils/segment-sentences.ts';
import { splitParagraphs } from '../../src/features/import/utils/split-paragraphs.ts';
import type { GoldDocument } from '../../src/features/import/test-set/test-set-schema.ts';

/** What every system is given: the same paragraphs, and the same sentences in each paragraph. */
export type Inputs = {
  paragraphs: { ru: string[]; en: string[] };
  sentences: { ru: string[][]; en: string[][] };
};

export function inputsOf(document: GoldDocument): Inputs {
  const paragraphs = {
    ru: splitParagraphs(normaliseText(document.ru)),
    en: splitParagraphs(normaliseText(document.en)),
  };
  const sentencesOf = (texts: string[], language: 'ru' | 'en') =>
    texts.map((text) =>
      segmentSentences(text, language).map((span) => text.slice(span.start, span.end)),
    );
  return {
    paragraphs,
    sentences: { ru: sentencesOf(paragraphs.ru, 'ru'), en: sentencesOf(paragraphs.en, 'en') },
  };
}
