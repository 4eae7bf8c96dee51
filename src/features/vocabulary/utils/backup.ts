import * as z from 'zod/mini';
import { cardId, cardRecordSchema, reviewRecordSchema, wordRecordSchema } from '../storage/records';

export const backupFormat = 'parallel-reader-backup';

export const backupSchema = z.object({
  format: z.literal(backupFormat),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  words: z.array(wordRecordSchema),
  cards: z.array(cardRecordSchema),
  reviews: z.array(reviewRecordSchema),
});
export type Backup = z.infer<typeof backupSchema>;

export type BackupProblem = 'notJson' | 'notBackup' | 'newerVersion' | 'damaged' | 'unknownWords';

export type ParsedBackup =
  { ok: true; backup: Backup } | { ok: false; problem: BackupProblem; detail?: string };

/** Reads a backup file's text; says precisely why a file is not one, and never half-accepts it. */
export function parseBackup(text: string, knownEntries: ReadonlySet<string>): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  const header = z.object({ format: z.literal(backupFormat), version: z.number() }).safeParse(json);
  if (!header.success) return { ok: false, problem: 'notBackup' };
  if (header.data.version > 1)
    return { ok: false, problem: 'newerVersion', detail: String(header.data.version) };
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      problem: 'damaged',
      detail: first ? `${first.path.join('.')}: ${first.message}` : undefined,
    };
  }
  const { words, cards, reviews } = parsed.data;
  const entries = new Set([...words, ...cards].map((record) => record.entry));
  const unknown = [...entries].filter((entry) => !knownEntries.has(entry));
  if (unknown.length > 0)
    return { ok: false, problem: 'unknownWords', detail: unknown.slice(0, 5).join(', ') };
  // Records must hang together: a card's id names its entry and kind, a review names a card.
  const misnamed = cards.find((card) => card.id !== cardId(card.entry, card.kind));
  if (misnamed)
    return { ok: false, problem: 'damaged', detail: `${misnamed.id}: not its entry and kind` };
  const cardIds = new Set(cards.map((card) => card.id));
  const orphan = reviews.find((review) => !cardIds.has(review.card));
  if (orphan)
    return { ok: false, problem: 'damaged', detail: `a review of unknown card ${orphan.card}` };
  return { ok: true, backup: parsed.data };
}

export function makeBackup(
  parts: Omit<Backup, 'format' | 'version' | 'exportedAt'>,
  now = new Date(),
): Backup {
  return { format: backupFormat, version: 1, exportedAt: now.toISOString(), ...parts };
}
