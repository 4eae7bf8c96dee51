import { z } from 'zod';
import { articleSchema } from '@/content/article-schema';
import { parseRecord, type ParsedRecord } from '@/lib/parse-record';

const isoDateTime = z.iso.datetime({ offset: true });

/** The first stored shape (kept to read what earlier versions of the app wrote). */
export const libraryRecordV1Schema = z.object({
  v: z.literal(1),
  id: articleSchema.shape.id,
  title: z.string().trim().min(1),
  createdAt: isoDateTime,
  article: articleSchema,
});
export type LibraryRecordV1 = z.infer<typeof libraryRecordV1Schema>;

/**
 * An imported article as stored now. Version 2 adds `deletedAt`: a deleted article stays stored
 * until its undo window closes, so a reload in between loses nothing (see library-store.ts).
 */
export const libraryRecordSchema = z.object({
  v: z.literal(2),
  id: articleSchema.shape.id,
  title: z.string().trim().min(1),
  createdAt: isoDateTime,
  deletedAt: isoDateTime.optional(),
  article: articleSchema,
});
export type LibraryRecord = z.infer<typeof libraryRecordSchema>;

/** Version 1 had no deletion mark: every v1 record is a live article. */
export const migrateV1 = (record: LibraryRecordV1): LibraryRecord => ({ ...record, v: 2 });

/** Any stored version, read as the current one. */
export const storedRecordSchema = z
  .discriminatedUnion('v', [libraryRecordV1Schema, libraryRecordSchema])
  .transform((record) => (record.v === 1 ? migrateV1(record) : record));

/** A stored value that does not parse: kept in the database, shown, never silently dropped. */
export type SetAside = { key: string; reason: string; raw: unknown };

export const parseLibraryRecord = (raw: unknown): ParsedRecord<LibraryRecord> =>
  parseRecord(storedRecordSchema, raw);
