import { z } from 'zod';

/**
 * The format a translator writes and reviews in a diff: sentences as plain strings, speech marked
 * by quoting the exact words (each quoted string must occur once in its paragraph side).
 * `compileArticle` turns it into the `Article` the app renders.
 */
const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const words = z.string().min(1);
const parts = z.union([words, z.array(words).min(1)]);

export const authoredSpeechSchema = z.object({
  speaker: z.string().min(1),
  ru: parts,
  en: parts,
  attribution: z.object({ ru: words, en: words }).optional(),
});

export const authoredParagraphSchema = z.object({
  id: z.string().min(1),
  groups: z.array(z.object({ ru: z.array(words), en: z.array(words) })).min(1),
  quotes: z.array(authoredSpeechSchema).default([]),
  reported: z.array(authoredSpeechSchema).default([]),
});

export const authoredArticleSchema = z.object({
  id: z.string().min(1),
  headline: bilingual,
  date: z.string(),
  place: bilingual,
  source: bilingual,
  speakers: z.array(z.object({ id: z.string().min(1), name: bilingual, role: bilingual })),
  curations: z.array(
    z.object({
      id: z.string().min(1),
      kind: z.literal('joinParagraphs'),
      paragraph: z.string().min(1),
      sourceParagraphs: z.tuple([z.number().int(), z.number().int()]),
      reason: bilingual,
    }),
  ),
  notes: z.array(
    z.object({
      id: z.string().min(1),
      paragraph: z.string().min(1),
      ru: words,
      en: words,
      text: bilingual,
    }),
  ),
  paragraphs: z.array(authoredParagraphSchema).min(1),
});
export type AuthoredArticle = z.input<typeof authoredArticleSchema>;
export type AuthoredParagraph = z.infer<typeof authoredParagraphSchema>;
export type AuthoredSpeech = z.infer<typeof authoredSpeechSchema>;
