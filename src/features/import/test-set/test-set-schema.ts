import { z } from 'zod';

/**
 * A hand-aligned document. Each entry of `paragraphs` is one gold paragraph link; its `links` are
 * the gold sentence links inside it, in order, each with the exact sentences of both sides (an
 * empty side is a 1–0 or 0–1 link). A side's raw text is its sentences joined by one space, and
 * "¶" inside or after a sentence marks where the raw text has a paragraph break — that is how a
 * paragraph broken by extraction, or two paragraphs run together on the other side, is written.
 */
const sentences = z.array(z.string().min(1));
export const testDocumentSchema = z.object({
  id: z.string().min(1),
  covers: z.array(z.string().min(1)).min(1),
  paragraphs: z
    .array(
      z.object({
        note: z.string().optional(),
        links: z.array(z.object({ ru: sentences, en: sentences })).min(1),
      }),
    )
    .min(1),
});
export type TestDocument = z.infer<typeof testDocumentSchema>;

/** Gold links of either level, by text: the raw paragraphs or the sentences of each side. */
export type TextLink = { ru: string[]; en: string[] };

/** A document ready for evaluation: both raw texts and the gold links at both levels. */
export type GoldDocument = {
  id: string;
  ru: string;
  en: string;
  paragraphLinks: TextLink[];
  sentenceLinks: TextLink[];
};
