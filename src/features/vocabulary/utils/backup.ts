import * as v from 'valibot';
import { finiteNumber, isoDateTime } from '@/lib/schema-parts';
import { cardId, cardRecordSchema, reviewRecordSchema, wordRecordSchema } from '../storage/records';

export const backupFormat = 'parallel-reader-backup';

export const backupSchema = v.object({
  format: v.literal(backupFormat),
  version: v.literal(1),
  exportedAt: isoDateTime,
  words: v.array(wordRecordSchema),
  cards: v.array(cardRecordSchema),
  reviews: v.array(reviewRecordSchema),
});
export type Backup = v.InferOutput<typeof backupSchema>;

// Enough to tell a backup of another version from a file that is no backup at all.
const headerSchema = v.object({ format: v.literal(backupFormat), version: finiteNumber });

// "cards.1.kind": valibot's issue path is a list of steps, each naming its key.
const pathOf = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((step) => String(step.key)).join('.');

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
  const header = v.safeParse(headerSchema, json);
  if (!header.success) return { ok: false, problem: 'notBackup' };
  if (header.output.version > 1)
    return { ok: false, problem: 'newerVersion', detail: String(header.output.version) };
  const parsed = v.safeParse(backupSchema, json);
  if (!parsed.success) {
    const [first] = parsed.issues;
    return { ok: false, problem: 'damaged', detail: `${pathOf(first)}: ${first.message}` };
  }
  const { words, cards, reviews } = parsed.output;
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
  return { ok: true, backup: parsed.output };
}

export function makeBackup(
  parts: Omit<Backup, 'format' | 'version' | 'exportedAt'>,
  now = new Date(),
): Backup {
  return { format: backupFormat, version: 1, exportedAt: now.toISOString(), ...parts };
}
