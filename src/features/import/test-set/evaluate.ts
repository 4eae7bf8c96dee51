import type { AlignedParagraph } from '../utils/align-texts';
import type { TextLink } from './test-set-schema';

export type Score = {
  precision: number;
  recall: number;
  f1: number;
  correct: number;
  proposed: number;
  gold: number;
};

/** Links are compared whole: the same texts on both sides (whitespace collapsed), exactly. */
const keyOf = (link: TextLink) => {
  const side = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, ' ').trim()).join(' ‖ ');
  return `${side(link.ru)} ⇔ ${side(link.en)}`;
};

/** Precision, recall and F1 of proposed links against gold links (exact match of whole links). */
export function scoreLinks(gold: readonly TextLink[], proposed: readonly TextLink[]): Score {
  const remaining = new Map<string, number>();
  for (const link of gold) remaining.set(keyOf(link), (remaining.get(keyOf(link)) ?? 0) + 1);
  let correct = 0;
  for (const link of proposed) {
    const left = remaining.get(keyOf(link)) ?? 0;
    if (left > 0) {
      correct++;
      remaining.set(keyOf(link), left - 1);
    }
  }
  const precision = proposed.length ? correct / proposed.length : 1;
  const recall = gold.length ? correct / gold.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, proposed: proposed.length, gold: gold.length };
}

/** Adds up counts over documents and recomputes the ratios (micro-average). */
export function sumScores(scores: readonly Score[]): Score {
  const total = (key: 'correct' | 'proposed' | 'gold') => scores.reduce((s, x) => s + x[key], 0);
  const correct = total('correct');
  const precision = total('proposed') ? correct / total('proposed') : 1;
  const recall = total('gold') ? correct / total('gold') : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, proposed: total('proposed'), gold: total('gold') };
}

/** The paragraph and sentence links of an alignment, as texts, for `scoreLinks`. */
export function linksOfAlignment(
  aligned: readonly AlignedParagraph[],
  paragraphs: { ru: readonly string[]; en: readonly string[] },
): { paragraphLinks: TextLink[]; sentenceLinks: TextLink[] } {
  const paragraphLinks = aligned.map(({ sources }) => ({
    ru: sources.ru.map((k) => paragraphs.ru[k] ?? ''),
    en: sources.en.map((k) => paragraphs.en[k] ?? ''),
  }));
  const sentenceLinks = aligned.flatMap((paragraph) =>
    paragraph.links.map((link) => ({
      ru: link.ru.map((k) => sliceOf(paragraph.ru, k)),
      en: link.en.map((k) => sliceOf(paragraph.en, k)),
    })),
  );
  return { paragraphLinks, sentenceLinks };
}

const sliceOf = (side: AlignedParagraph['ru'], index: number) => {
  const span = side.sentences[index];
  return span ? side.text.slice(span.start, span.end) : '';
};
