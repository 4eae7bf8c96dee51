import type { TextLink } from '../../src/features/import/test-set/test-set-schema.ts';
import type { Inputs } from './inputs.ts';

/** Pairs item k with item k; whatever one side has more of is left unpaired (1–0 or 0–1). */
function byPosition<T>(ru: T[], en: T[]): { ru: T[]; en: T[] }[] {
  return Array.from({ length: Math.max(ru.length, en.length) }, (_, k) => ({
    ru: k < ru.length ? [ru[k] as T] : [],
    en: k < en.length ? [en[k] as T] : [],
  }));
}

/** The baseline: paragraphs by position, then sentences by position inside each pair. */
export function positionBaseline(inputs: Inputs) {
  const indexes = (list: unknown[]) => list.map((_, k) => k);
  const pairs = byPosition(indexes(inputs.paragraphs.ru), indexes(inputs.paragraphs.en));
  const paragraphLinks: TextLink[] = pairs.map((pair) => ({
    ru: pair.ru.map((k) => inputs.paragraphs.ru[k] ?? ''),
    en: pair.en.map((k) => inputs.paragraphs.en[k] ?? ''),
  }));
  const sentenceLinks = pairs.flatMap((pair) =>
    byPosition(
      pair.ru.flatMap((k) => inputs.sentences.ru[k] ?? []),
      pair.en.flatMap((k) => inputs.sentences.en[k] ?? []),
    ),
  );
  return { paragraphLinks, sentenceLinks };
}
