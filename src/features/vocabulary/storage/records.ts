import * as z from 'zod/mini';

export const cardKinds = ['ru-en', 'en-ru', 'cloze'] as const;
export type CardKind = (typeof cardKinds)[number];

const isoDate = z.iso.datetime({ offset: true });

/** A word the learner saved ("my words"). */
export const wordRecordSchema = z.object({
  v: z.literal(1),
  entry: z.string().check(z.minLength(1)),
  addedAt: isoDate,
});
export type WordRecord = z.infer<typeof wordRecordSchema>;

/** FSRS memory state of one card, as ts-fsrs defines it, with dates as ISO strings. */
export const fsrsStateSchema = z.object({
  due: isoDate,
  stability: z.number().check(z.nonnegative()),
  difficulty: z.number().check(z.nonnegative()),
  elapsed_days: z.number().check(z.nonnegative()),
  scheduled_days: z.number().check(z.nonnegative()),
  learning_steps: z.int().check(z.nonnegative()),
  reps: z.int().check(z.nonnegative()),
  lapses: z.int().check(z.nonnegative()),
  state: z.int().check(z.minimum(0), z.maximum(3)),
  last_review: z.optional(isoDate),
});
export type FsrsState = z.infer<typeof fsrsStateSchema>;

export const cardRecordSchema = z.object({
  v: z.literal(1),
  id: z.string().check(z.minLength(1)),
  entry: z.string().check(z.minLength(1)),
  kind: z.enum(cardKinds),
  fsrs: fsrsStateSchema,
});
export type CardRecord = z.infer<typeof cardRecordSchema>;

export const reviewRecordSchema = z.object({
  v: z.literal(1),
  card: z.string().check(z.minLength(1)),
  rating: z.int().check(z.minimum(1), z.maximum(4)),
  reviewedAt: isoDate,
  /** The card's state before this review, so a review can be undone or audited. */
  before: fsrsStateSchema,
});
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

export const cardId = (entry: string, kind: CardKind) => `${entry}:${kind}`;

export { parseRecord } from '@/lib/parse-record';
