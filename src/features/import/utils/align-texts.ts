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
import { segmentSentences } from './segment-sentences';
import type { Language } from './language';
import { unitSequence } from './units';

/** Sentences that answer each other (indexes into each side's sentences), with a confidence. */
export type SentenceLink = { ru: number[]; en: number[]; confidence: number };

/** Source paragraphs of both languages that form one aligned paragraph, and its sentences. */
export type AlignedParagraph = {
  /** Indexes of the input paragraphs joined into this one (empty on a side that lacks it). */
  sources: { ru: number[]; en: number[] };
  ru: { text: string; sentences: Span[] };
  en: { text: string; sentences: Span[] };
  links: SentenceLink[];
  /** Confidence of the paragraph link itself. */
  confidence: number;
};

export type AlignTextsOptions = {
  glossary?: readonly GlossaryPair[];
  /** Called with the fraction done, 0–1, now and then on long inputs. */
  onProgress?: (fraction: number) => void;
};

const terminal = /[.!?…:;»”"')\]]$/u;

/**
 * Joins paragraphs that alignment put together. A paragraph that stops mid-sentence (long, no
 * final punctuation: the extraction damage in the curated article's source) continues after one
 * space; anything else — a heading, a finished paragraph — after a line break, which keeps it a
 * sentence of its own.
 */
export function joinParagraphs(parts: readonly string[]): string {
  return parts.reduce((joined, part) => {
    if (joined === '') return part;
    const brokenMidSentence = !terminal.test(joined) && joined.split(/\s+/).length > 10;
    return joined + (brokenMidSentence ? ' ' : '\n') + part;
  }, '');
}

const range = (start: number, end: number) =>
  Array.from({ length: end - start }, (_, k) => start + k);

function linkSentences(
  ru: { text: string; sentences: Span[] },
  en: { text: string; sentences: Span[] },
  glossary: readonly GlossaryPair[],
  ratio: number,
): SentenceLink[] {
  const slice = (side: typeof ru) => side.sentences.map((s) => side.text.slice(s.start, s.end));
  const intern = createAnchorInterner();
  const source = unitSequence(slice(ru), 'ru', intern, glossary);
  const target = unitSequence(slice(en), 'en', intern, glossary);
  const cost = beadCost(sentenceModel, source, target, ratio);
  const links = align({
    sourceCount: ru.sentences.length,
    targetCount: en.sentences.length,
    beads: beadsOf(sentenceModel),
    cost,
  });
  return links.map((link) => ({
    ru: range(link.sourceStart, link.sourceEnd),
    en: range(link.targetStart, link.targetEnd),
    confidence: confidenceOf(link.cost),
  }));
}

function paragraphLinks(
  ru: readonly string[],
  en: readonly string[],
  glossary: readonly GlossaryPair[],
) {
  const intern = createAnchorInterner();
  const source = unitSequence(ru, 'ru', intern, glossary);
  const target = unitSequence(en, 'en', intern, glossary);
  const ratio = lengthRatio(source, target);
  const links = align({
    sourceCount: ru.length,
    targetCount: en.length,
    beads: beadsOf(paragraphModel),
    cost: beadCost(paragraphModel, source, target, ratio),
  });
  return { links, ratio };
}

type Side = { text: string; sentences: Span[] };
type Sources = { ru: number[]; en: number[] };
type Context = {
  ru: readonly string[];
  en: readonly string[];
  glossary: readonly GlossaryPair[];
  ratio: number;
};

function sideOf(paragraphs: readonly string[], indexes: number[], language: Language): Side {
  const text = joinParagraphs(indexes.map((k) => paragraphs[k] ?? ''));
  return { text, sentences: segmentSentences(text, language) };
}

function alignPair(sources: Sources, confidence: number, context: Context): AlignedParagraph {
  const ru = sideOf(context.ru, sources.ru, 'ru');
  const en = sideOf(context.en, sources.en, 'en');
  const links = linkSentences(ru, en, context.glossary, context.ratio).map((link) => ({
    ...link,
    confidence: Math.min(link.confidence, confidence),
  }));
  return { sources, ru, en, links, confidence };
}

/**
 * A 2–1 or 1–2 paragraph link whose sentences show that one of the two joined paragraphs has no
 * counterpart at all (every sentence of it in a 1–0 or 0–1 link) is really a 1–1 link beside a
 * 1–0 or 0–1 one: the paragraph costs could not tell, the sentences can.
 */
function splitUnmatched(pair: AlignedParagraph, context: Context): AlignedParagraph[] {
  for (const language of ['ru', 'en'] as const) {
    const indexes = pair.sources[language];
    if (indexes.length !== 2) continue;
    const side = pair[language];
    const secondStart = side.text.length - (context[language][indexes[1] as number] ?? '').length;
    const unmatched = (from: number, to: number) => {
      const mine = side.sentences.flatMap((span, k) =>
        span.start >= from && span.start < to ? [k] : [],
      );
      const links = pair.links.filter((link) => link[language].some((k) => mine.includes(k)));
      return mine.length > 0 && links.every((link) => link[other(language)].length === 0);
    };
    const alone = unmatched(0, secondStart) ? 0 : unmatched(secondStart, Infinity) ? 1 : -1;
    if (alone < 0) continue;
    const lone = [indexes[alone] as number];
    const kept = [indexes[1 - alone] as number];
    const loneSources = language === 'ru' ? { ru: lone, en: [] } : { ru: [], en: lone };
    const keptSources =
      language === 'ru' ? { ...pair.sources, ru: kept } : { ...pair.sources, en: kept };
    const nullConfidence = Math.min(
      ...pair.links.filter((l) => !l.ru.length || !l.en.length).map((l) => l.confidence),
    );
    const parts = [
      alignPair(loneSources, nullConfidence, context),
      alignPair(keptSources, pair.confidence, context),
    ];
    return alone === 0 ? parts : parts.reverse();
  }
  return [pair];
}

const other = (language: Language): Language => (language === 'ru' ? 'en' : 'ru');

/**
 * Aligns two texts given as paragraphs: first the paragraphs (1–1, 2–1, 1–2, 1–0, 0–1), then the
 * sentences inside each aligned pair (1–1, 2–1, 1–2, 2–2, 1–0, 0–1). Every sentence link carries
 * a confidence in [0, 1], never higher than the confidence of its paragraph link.
 */
export function alignTexts(
  ru: readonly string[],
  en: readonly string[],
  options: AlignTextsOptions = {},
): AlignedParagraph[] {
  const { glossary = [], onProgress } = options;
  onProgress?.(0);
  // Sentences are costed with the ratio of the whole text: a paragraph's own ratio would absorb a
  // sentence that one side adds or leaves out.
  const { links, ratio } = paragraphLinks(ru, en, glossary);
  const context: Context = { ru, en, glossary, ratio };
  onProgress?.(0.3);
  const step = Math.max(1, Math.floor(links.length / 50));
  return links.flatMap((link, index) => {
    if (index % step === 0) onProgress?.(0.3 + (0.7 * index) / links.length);
    const sources = {
      ru: range(link.sourceStart, link.sourceEnd),
      en: range(link.targetStart, link.targetEnd),
    };
    return splitUnmatched(alignPair(sources, confidenceOf(link.cost), context), context);
  });
}
