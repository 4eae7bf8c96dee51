import { z } from 'zod';

export { sides, type Side } from './sides';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and "-"');
const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });

/** A half-open range [start, end) of UTF-16 code units in one side's text. */
export const spanSchema = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((span) => span.end > span.start, 'a span must not be empty');
export type Span = z.infer<typeof spanSchema>;

/**
 * Speech marks on one side. A direct quote may come in several segments (a quote interrupted by
 * its reporting clause) that share `ref`; its attribution shares the same `ref`.
 */
export const markKinds = ['quote', 'attribution', 'reported', 'reportedAttribution'] as const;
export const markSchema = z.object({
  kind: z.enum(markKinds),
  ref: id,
  speaker: id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Mark = z.infer<typeof markSchema>;

export const sideTextSchema = z.object({
  text: z.string(),
  sentences: z.array(spanSchema),
  marks: z.array(markSchema),
});
export type SideText = z.infer<typeof sideTextSchema>;

/** Which sentences (indexes into each side's `sentences`) answer each other. */
export const sentenceGroupSchema = z.object({
  id,
  ru: z.array(z.number().int().nonnegative()),
  en: z.array(z.number().int().nonnegative()),
});
export type SentenceGroup = z.infer<typeof sentenceGroupSchema>;

export const paragraphSchema = z.object({
  id,
  ru: sideTextSchema,
  en: sideTextSchema,
  groups: z.array(sentenceGroupSchema),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

export const speakerSchema = z.object({ id, name: bilingual, role: bilingual });
export type Speaker = z.infer<typeof speakerSchema>;

export const curationSchema = z.object({
  id,
  kind: z.literal('joinParagraphs'),
  paragraph: id,
  /** 1-based paragraph numbers in the source file that were joined into `paragraph`. */
  sourceParagraphs: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  reason: bilingual,
});
export type Curation = z.infer<typeof curationSchema>;

export const translatorNoteSchema = z.object({
  id,
  paragraph: id,
  ru: spanSchema,
  en: spanSchema,
  text: bilingual,
});
export type TranslatorNote = z.infer<typeof translatorNoteSchema>;

export const articleSchema = z.object({
  id,
  headline: bilingual,
  /** ISO 8601, as precise as the source allows: "2026", "2026-02" or "2026-02-13". */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'date is YYYY, YYYY-MM or YYYY-MM-DD'),
  place: bilingual,
  source: bilingual,
  speakers: z.array(speakerSchema),
  curations: z.array(curationSchema),
  notes: z.array(translatorNoteSchema),
  paragraphs: z.array(paragraphSchema).min(1),
});
export type Article = z.infer<typeof articleSchema>;
