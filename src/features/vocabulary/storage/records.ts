import * as z from 'zod/mini';
import { migrateRecord, type MigrationSteps } from '@/lib/migrate-record';
import { parseRecord } from '@/lib/parse-record';

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

/*
 * The way from each past record version to the current one. Version 1 is the only one so far, so
 * the tables are empty; the next shape adds `1: (record) => ({ ...record, v: 2, ... })` here.
 */
export const currentVersion = { words: 1, cards: 1, reviews: 1 } as const;
export const migrations: Record<keyof typeof currentVersion, MigrationSteps> = {
  words: {},
  cards: {},
  reviews: {},
};

/** Reads stored records: migrated forward from their version, then parsed through the schema. */
export const readWordRecord = (raw: unknown) =>
  parseRecord(wordRecordSchema, migrateRecord(raw, currentVersion.words, migrations.words));
export const readCardRecord = (raw: unknown) =>
  parseRecord(cardRecordSchema, migrateRecord(raw, currentVersion.cards, migrations.cards));
export const readReviewRecord = (raw: unknown) =>
  parseRecord(reviewRecordSchema, migrateRecord(raw, currentVersion.reviews, migrations.reviews));
