import * as v from 'valibot';
import { migrateRecord, type MigrationSteps } from '@/lib/migrate-record';
import { parseRecord } from '@/lib/parse-record';
import { finiteNumber, isoDateTime } from '@/lib/schema-parts';

export const cardKinds = ['ru-en', 'en-ru', 'cloze'] as const;
export type CardKind = (typeof cardKinds)[number];

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const nonNegative = v.pipe(finiteNumber, v.minValue(0));
// Zod's `int()` took safe integers only; so does this.
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** A word the learner saved ("my words"). */
export const wordRecordSchema = v.object({
  v: v.literal(1),
  entry: nonEmpty,
  addedAt: isoDateTime,
});
export type WordRecord = v.InferOutput<typeof wordRecordSchema>;

/** FSRS memory state of one card, as ts-fsrs defines it, with dates as ISO strings. */
export const fsrsStateSchema = v.object({
  due: isoDateTime,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsed_days: nonNegative,
  scheduled_days: nonNegative,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(3)),
  last_review: v.optional(isoDateTime),
});
export type FsrsState = v.InferOutput<typeof fsrsStateSchema>;

export const cardRecordSchema = v.object({
  v: v.literal(1),
  id: nonEmpty,
  entry: nonEmpty,
  kind: v.picklist(cardKinds),
  fsrs: fsrsStateSchema,
});
export type CardRecord = v.InferOutput<typeof cardRecordSchema>;

export const reviewRecordSchema = v.object({
  v: v.literal(1),
  card: nonEmpty,
  rating: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(4)),
  reviewedAt: isoDateTime,
  /** The card's state before this review, so a review can be undone or audited. */
  before: fsrsStateSchema,
});
export type ReviewRecord = v.InferOutput<typeof reviewRecordSchema>;

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
