import { alignTexts, type AlignTextsOptions } from '../utils/align-texts';
import { normaliseText } from '../utils/normalise-text';
import { splitParagraphs } from '../utils/split-paragraphs';
import { linksOfAlignment, scoreLinks, type Score } from './evaluate';
import type { GoldDocument } from './test-set-schema';

export type DocumentScores = { id: string; paragraphs: Score; sentences: Score };

/** Runs our pipeline (normalise → paragraphs → align) on a gold document and scores it. */
export function evaluateOurs(
  document: GoldDocument,
  options: AlignTextsOptions = {},
): DocumentScores {
  const paragraphs = {
    ru: splitParagraphs(normaliseText(document.ru)),
    en: splitParagraphs(normaliseText(document.en)),
  };
  const links = linksOfAlignment(alignTexts(paragraphs.ru, paragraphs.en, options), paragraphs);
  return {
    id: document.id,
    paragraphs: scoreLinks(document.paragraphLinks, links.paragraphLinks),
    sentences: scoreLinks(document.sentenceLinks, links.sentenceLinks),
  };
}
