import type { AlignedParagraph } from './align-texts';

const shift = (links: AlignedParagraph['links'], by: { ru: number; en: number }) =>
  links.map((link) => ({
    ...link,
    ru: link.ru.map((k) => k + by.ru),
    en: link.en.map((k) => k + by.en),
  }));

function appendSide(target: AlignedParagraph['ru'], extra: AlignedParagraph['ru']) {
  if (extra.text === '') return target;
  if (target.text === '') return extra;
  const offset = target.text.length + 1;
  return {
    text: `${target.text}\n${extra.text}`,
    sentences: [
      ...target.sentences,
      ...extra.sentences.map((s) => ({ start: s.start + offset, end: s.end + offset })),
    ],
  };
}

/** `second` appended to `first`: texts joined by a line break, sentence indexes renumbered. */
function concat(first: AlignedParagraph, second: AlignedParagraph): AlignedParagraph {
  return {
    sources: {
      ru: [...first.sources.ru, ...second.sources.ru],
      en: [...first.sources.en, ...second.sources.en],
    },
    ru: appendSide(first.ru, second.ru),
    en: appendSide(first.en, second.en),
    links: [
      ...first.links,
      ...shift(second.links, { ru: first.ru.sentences.length, en: first.en.sentences.length }),
    ],
    confidence: Math.min(first.confidence, second.confidence),
  };
}

const unpaired = (p: AlignedParagraph) => p.ru.text === '' || p.en.text === '';

/**
 * An article paragraph has text on both sides, so a paragraph found on one side only (a heading,
 * a byline, a paragraph the translator left out) joins its neighbour — the one before it, or the
 * one after it at the start of the text — and its sentences become 1–0 or 0–1 groups there.
 */
export function attachUnpaired(paragraphs: readonly AlignedParagraph[]): AlignedParagraph[] {
  const result: AlignedParagraph[] = [];
  let pending: AlignedParagraph | undefined; // unpaired paragraphs before the first paired one
  for (const paragraph of paragraphs) {
    const last = result.at(-1);
    if (unpaired(paragraph)) {
      if (last) result[result.length - 1] = concat(last, paragraph);
      else pending = pending ? concat(pending, paragraph) : paragraph;
    } else {
      result.push(pending ? concat(pending, paragraph) : paragraph);
      pending = undefined;
    }
  }
  if (pending) result.push(pending); // nothing paired at all: one side may be empty
  return result;
}
