import { z } from 'zod';
import { spanSchema } from './article-schema.ts';

export const partsOfSpeech = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'preposition',
  'abbreviation',
  'phrase',
  'proper-noun',
] as const;
export const glossaryTags = [
  'relations',
  'cooperation',
  'multilateral',
  'visits',
  'institutions',
  'titles',
  'reporting',
  'false-friends',
  'education',
  'economy',
  'culture',
  'peace',
] as const;
export const cases = ['nom', 'gen', 'dat', 'acc', 'instr', 'prep'] as const;

const bilingual = z.object({ ru: z.string().min(1), en: z.string().min(1) });
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case: a-z, 0-9 and "-"');

export const grammarSchema = z.object({
  gender: z.enum(['m', 'f', 'n']).optional(),
  number: z.literal('pl').optional(),
  aspect: z.enum(['pf', 'impf']).optional(),
  pair: z.string().min(1).optional(),
  governs: z
    .object({ pattern: z.string().min(1), cases: z.array(z.enum(cases)).min(1) })
    .optional(),
});
export type Grammar = z.infer<typeof grammarSchema>;

const entryFields = {
  id,
  headword: z.string().min(1),
  pos: z.enum(partsOfSpeech),
  grammar: grammarSchema.default({}),
  en: z.array(z.string().min(1)).min(1),
  note: bilingual,
  falseFriend: bilingual.optional(),
  tags: z.array(z.enum(glossaryTags)).min(1),
};

/** As written by the editors: occurrences quote the words as they stand in the article. */
export const authoredGlossarySchema = z.object({
  entries: z.array(
    z.object({
      ...entryFields,
      occurrences: z.array(
        z.object({
          paragraph: id,
          ru: z.string().min(1).optional(),
          en: z.string().min(1).optional(),
        }),
      ),
    }),
  ),
});

/** One occurrence of a term: where it stands on each side (either side may lack it). */
export const occurrenceSchema = z.object({
  id,
  entry: id,
  paragraph: id,
  ru: spanSchema.optional(),
  en: spanSchema.optional(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

export const glossaryEntrySchema = z.object({
  ...entryFields,
  occurrences: z.array(occurrenceSchema),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z.object({
  article: id,
  entries: z.array(glossaryEntrySchema),
});
export type Glossary = z.infer<typeof glossarySchema>;
export type GlossaryTag = (typeof glossaryTags)[number];
