import type { Side } from '@/content/article-schema';
import { maxSideBytes } from './read-text-file';

export type SideProblem = { side: Side; kind: 'empty' | 'script' | 'tooLarge' };
export type SidesCheck = {
  /** Problems that stop the alignment until fixed. */
  errors: SideProblem[];
  /** The sides differ so much in length that one may not translate the other. */
  lengthMismatch: boolean;
};

const cyrillic = /\p{Script=Cyrillic}/gu;
const latin = /\p{Script=Latin}/gu;

/** Share of letters written in the side's own script (1 when there are no letters at all). */
export function scriptShare(text: string, side: Side): number {
  const ru = text.match(cyrillic)?.length ?? 0;
  const en = text.match(latin)?.length ?? 0;
  if (ru + en === 0) return 1;
  return (side === 'ru' ? ru : en) / (ru + en);
}

// Russian news quotes English names and English quotes Russian words; neither reaches half.
const minScriptShare = 0.6;
// A translation runs from about 0.8 to 1.3 times its original; three times is another text.
const maxLengthRatio = 3;

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

export function checkSides(texts: Record<Side, string>): SidesCheck {
  const errors: SideProblem[] = [];
  for (const side of ['ru', 'en'] as const) {
    const text = texts[side].trim();
    if (!text) errors.push({ side, kind: 'empty' });
    else if (byteLength(text) > maxSideBytes) errors.push({ side, kind: 'tooLarge' });
    else if (scriptShare(text, side) < minScriptShare) errors.push({ side, kind: 'script' });
  }
  const [ru, en] = [texts.ru.trim().length, texts.en.trim().length];
  const lengthMismatch = ru > 0 && en > 0 && Math.max(ru, en) / Math.min(ru, en) > maxLengthRatio;
  return { errors, lengthMismatch };
}
