import type { GoldDocument, TextLink } from './test-set-schema';

/** A small deterministic PRNG (mulberry32), so a benchmark run is reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SynthesisOptions = {
  paragraphs: number;
  sentencesPerParagraph: number;
  /** Chance that a paragraph exists on one side only, or is split in two on one side. */
  damage: number;
  seed?: number;
};

/**
 * A long gold document built from the gold sentence links of real ones: paragraphs of about
 * `sentencesPerParagraph` links taken in order (cycling), some of them missing on one side or
 * split in two on one side, so the benchmark times the aligner on the same kind of damage the
 * test set has, at the size the product promises.
 */
export function synthesise(
  sources: readonly GoldDocument[],
  options: SynthesisOptions,
): GoldDocument {
  // Headings and bylines would run into the next sentence once joined into a paragraph.
  const finished = (sentence: string) => /[.!?…»”"]$/u.test(sentence);
  const pool = sources
    .flatMap((document) => document.sentenceLinks)
    .filter((link) => [...link.ru, ...link.en].every(finished));
  const next = random(options.seed ?? 1);
  const paragraphLinks: TextLink[] = [];
  const sentenceLinks: TextLink[] = [];
  let cursor = 0;
  while (paragraphLinks.length < options.paragraphs) {
    const links = Array.from({ length: options.sentencesPerParagraph }, () => {
      const link = pool[cursor % pool.length] as TextLink;
      cursor++;
      return link;
    });
    const ru = links.flatMap((link) => link.ru);
    const en = links.flatMap((link) => link.en);
    if (ru.length === 0 || en.length === 0) continue;
    const roll = next();
    if (roll < options.damage) {
      // Only on one side: every sentence link becomes 1–0 (or 0–1).
      const side = roll < options.damage / 2 ? 'ru' : 'en';
      const kept = side === 'ru' ? ru : en;
      paragraphLinks.push(
        side === 'ru' ? { ru: [kept.join(' ')], en: [] } : { ru: [], en: [kept.join(' ')] },
      );
      for (const sentence of kept)
        sentenceLinks.push(side === 'ru' ? { ru: [sentence], en: [] } : { ru: [], en: [sentence] });
      continue;
    }
    const split = (sentences: string[]) => {
      const half = Math.ceil(sentences.length / 2);
      return [sentences.slice(0, half).join(' '), sentences.slice(half).join(' ')].filter(Boolean);
    };
    const splitSide = roll < options.damage * 2 ? (roll < options.damage * 1.5 ? 'ru' : 'en') : '';
    paragraphLinks.push({
      ru: splitSide === 'ru' ? split(ru) : [ru.join(' ')],
      en: splitSide === 'en' ? split(en) : [en.join(' ')],
    });
    sentenceLinks.push(...links);
  }
  return {
    id: `synthetic-${options.paragraphs}`,
    ru: paragraphLinks.flatMap((link) => link.ru).join('\n\n'),
    en: paragraphLinks.flatMap((link) => link.en).join('\n\n'),
    paragraphLinks,
    sentenceLinks,
  };
}
