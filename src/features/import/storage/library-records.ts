import { z } from 'zod';
import { articleSchema } from '@/content/article-schema';
import { parseRecord, type ParsedRecord } from '@/lib/parse-record';

/** An imported article as stored: versioned, so a future shape can be migrated on read. */
export const libraryRecordSchema = z.object({
  v: z.literal(1),
  id: articleSchema.shape.id,
  title: z.string().trim().min(1),
  createdAt: z.iso.datetime({ offset: true }),
  article: articleSchema,
});
export type LibraryRecord = z.infer<typeof libraryRecordSchema>;

/** A stored value that does not parse: kept in the database, shown, never silently dropped. */
export type SetAside = { key: string; reason: string; raw: unknown };

export const parseLibraryRecord = (raw: unknown): ParsedRecord<LibraryRecord> =>
  parseRecord(libraryRecordSchema, raw);
