import type { Span } from '@/content/article-schema';
import { align } from './align';
import {
  beadCost,
  beadsOf,
  confidenceOf,
  lengthRatio,
  paragraphModel,
  sentenceModel,
} from './align-cost';
import { createAnchorInterner, type GlossaryPair } from './anchors';
import type { Language } from './language';
import { joinParagraphs, prepareText, type PreparedText } from './prepared-text';
import { splitUnmatched } from './split-unmatched';
import { unitSequence } from './units';

/** Sentences that answer each other (indexes into each side's sentences), with a confidence. */
export type SentenceLink = { ru: number[]; en: number[]; confidence: number };

/** Source paragraphs of both languages that form one aligned paragraph, and its sentences. */
export type AlignedParagraph = {
  /** Indexes of the input paragraphs joined into this one (empty on a side that lacks it). */
  sources: Sources;
  ru: { text: string; sentences: Span[] };
  en: { text: string; sentences: Span[] };
  links: SentenceLink[];
  /** Confidence of the paragraph link itself. */
  confidence: number;
};
export type Sources = { ru: number[]; en: number[] };

export type AlignTextsOptions = {
  glossary?: readonly GlossaryPair[];
  /** Called with the fraction done, 0–1, now and then on long inputs. */
  onProgress?: (fraction: number) => void;
};

/** What aligning one pair of paragraph groups needs: the prepared paragraphs and the ratio. */
export type Context = {
  ru: readonly PreparedText[];
  en: readonly PreparedText[];
  glossary: readonly GlossaryPair[];
  intern: (keys: Iterable<string>) => Int32Array;
  ratio: number;
};

const range = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, k) => start + k);

function linkSentences(ru: PreparedText, en: PreparedText, ratio: number): SentenceLink[] {
  const source = unitSequence(ru.units);
  const target = unitSequence(en.units);
  const links = align({
    sourceCount: ru.sentences.length,
    targetCount: en.sentences.length,
    beads: beadsOf(sentenceModel),
    cost: beadCost(sentenceModel, source, target, ratio),
  });
  return links.map((link) => ({
    ru: range(link.sourceStart, link.sourceEnd),
    en: range(link.targetStart, link.targetEnd),
    confidence: confidenceOf(link.cost),
  }));
}

/** One side of a pair: a prepared paragraph as it is, or several joined and prepared anew. */
function sideOf(
  prepared: readonly PreparedText[],
  indexes: number[],
  language: Language,
  context: Context,
) {
  const only = indexes.length === 1 ? prepared[indexes[0] as number] : undefined;
  if (only) return only;
  const text = joinParagraphs(indexes.map((k) => prepared[k]?.text ?? ''));
  return prepareText(text, language, context.glossary, context.intern);
}

/** Aligns the sentences of one pair of paragraph groups. */
export function alignPair(
  sources: Sources,
  confidence: number,
  context: Context,
): AlignedParagraph {
  const ru = sideOf(context.ru, sources.ru, 'ru', context);
  const en = sideOf(context.en, sources.en, 'en', context);
  const links = linkSentences(ru, en, context.ratio).map((link) => ({
    ...link,
    confidence: Math.min(link.confidence, confidence),
  }));
  const plain = (side: PreparedText) => ({ text: side.text, sentences: side.sentences });
  return { sources, ru: plain(ru), en: plain(en), links, confidence };
}

/**
 * Aligns two texts given as paragraphs: first the paragraphs (1–1, 2–1, 1–2, 1–0, 0–1), then the
 * sentences inside each aligned pair (1–1, 2–1, 1–2, 2–2, 1–0, 0–1). Every sentence link carries
 * a confidence in [0, 1], never higher than the confidence of its paragraph link. Each paragraph
 * is segmented and its anchors found once; both levels use them.
 */
export function alignTexts(
  ru: readonly string[],
  en: readonly string[],
  options: AlignTextsOptions = {},
): AlignedParagraph[] {
  const { glossary = [], onProgress } = options;
  onProgress?.(0);
  const intern = createAnchorInterner();
  const prepared = {
    ru: ru.map((text) => prepareText(text, 'ru', glossary, intern)),
    en: en.map((text) => prepareText(text, 'en', glossary, intern)),
  };
  onProgress?.(0.4);
  const source = unitSequence(prepared.ru.map((p) => p.whole));
  const target = unitSequence(prepared.en.map((p) => p.whole));
  // Sentences are costed with the ratio of the whole text: a paragraph's own ratio would absorb a
  // sentence that one side adds or leaves out.
  const ratio = lengthRatio(source, target);
  const links = align({
    sourceCount: ru.length,
    targetCount: en.length,
    beads: beadsOf(paragraphModel),
    cost: beadCost(paragraphModel, source, target, ratio),
  });
  onProgress?.(0.6);
  const context: Context = { ...prepared, glossary, intern, ratio };
  const step = Math.max(1, Math.floor(links.length / 40));
  return links.flatMap((link, index) => {
    if (index % step === 0) onProgress?.(0.6 + (0.4 * index) / links.length);
    const sources = {
      ru: range(link.sourceStart, link.sourceEnd),
      en: range(link.targetStart, link.targetEnd),
    };
    return splitUnmatched(alignPair(sources, confidenceOf(link.cost), context), context);
  });
}
