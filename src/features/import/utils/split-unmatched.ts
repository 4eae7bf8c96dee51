import { alignPair, type AlignedParagraph, type Context } from './align-texts';
import type { Language } from './language';

const other = (language: Language): Language => (language === 'ru' ? 'en' : 'ru');

/**
 * A 2–1 or 1–2 paragraph link whose sentences show that one of the two joined paragraphs has no
 * counterpart at all (every sentence of it in a 1–0 or 0–1 link) is really a 1–1 link beside a
 * 1–0 or 0–1 one: the paragraph costs could not tell, the sentences can.
 */
export function splitUnmatched(pair: AlignedParagraph, context: Context): AlignedParagraph[] {
  for (const language of ['ru', 'en'] as const) {
    const indexes = pair.sources[language];
    if (indexes.length !== 2) continue;
    const side = pair[language];
    const second = context[language][indexes[1] as number]?.text ?? '';
    const secondStart = side.text.length - second.length;
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
