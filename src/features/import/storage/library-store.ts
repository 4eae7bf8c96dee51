import type { Article } from '@/content/article-schema';
import { openAppDb } from '@/lib/db';
import { sameRecord } from '../utils/same-record';
import { type LibraryRecord, parseLibraryRecord, type SetAside } from './library-records';

/**
 * Deletion keeps the record stored with a `deletedAt` mark until the undo window closes (the
 * reader dismisses the message or does something else in the library): a reload or a closed tab
 * in between loses nothing, and the page offers the undo again when it comes back.
 */
export type Library = {
  /** Live articles, newest first. */
  records: LibraryRecord[];
  /** Deleted but still restorable, most recently deleted first. */
  deleted: LibraryRecord[];
  /** Stored values that could not be read. */
  aside: SetAside[];
};

export class LibraryRecordMissingError extends Error {
  override name = 'LibraryRecordMissingError';
}

/** The record without its deletion mark. */
function live(record: LibraryRecord): LibraryRecord {
  const copy = { ...record };
  delete copy.deletedAt;
  return copy;
}

const byNewest = (a: string, b: string) => b.localeCompare(a);

export async function loadLibrary(): Promise<Library> {
  const db = await openAppDb();
  const tx = db.transaction('articles', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  await tx.done;
  const library: Library = { records: [], deleted: [], aside: [] };
  values.forEach((raw, index) => {
    const parsed = parseLibraryRecord(raw);
    if (!parsed.ok) library.aside.push({ key: String(keys[index]), reason: parsed.reason, raw });
    else if (parsed.value.deletedAt) library.deleted.push(parsed.value);
    else library.records.push(parsed.value);
  });
  library.records.sort((a, b) => byNewest(a.createdAt, b.createdAt));
  library.deleted.sort((a, b) => byNewest(a.deletedAt ?? '', b.deletedAt ?? ''));
  return library;
}

/** A live article (not one waiting for its deletion to be final). */
export async function getLibraryArticle(id: string): Promise<LibraryRecord | undefined> {
  const db = await openAppDb();
  const parsed = parseLibraryRecord(await db.get('articles', id));
  return parsed.ok && !parsed.value.deletedAt ? parsed.value : undefined;
}

/**
 * Saves an imported article under a fresh id (the aligner derives ids from titles, which repeat).
 * The id is a UUID: lowercase hex and dashes, which the article schema's kebab-case accepts.
 */
export async function saveToLibrary(
  title: string,
  article: Article,
  now = new Date(),
): Promise<LibraryRecord> {
  const id = crypto.randomUUID();
  const record: LibraryRecord = {
    v: 2,
    id,
    title: title.trim(),
    createdAt: now.toISOString(),
    article: { ...article, id },
  };
  const db = await openAppDb();
  await db.put('articles', record, id);
  return record;
}

/**
 * Ends a transaction without writing anything. A thrown exception does not end one by itself,
 * and one whose request failed has already been aborted.
 */
async function abandon(tx: { abort(): void; done: Promise<void> }) {
  try {
    tx.abort();
  } catch {
    // Already finished.
  }
  await tx.done.catch(() => undefined);
}

/** Reads, changes and writes one live record in a single transaction. */
async function updateRecord(
  id: string,
  change: (record: LibraryRecord) => LibraryRecord,
  { deleted = false } = {},
): Promise<LibraryRecord> {
  const db = await openAppDb();
  const tx = db.transaction('articles', 'readwrite');
  const parsed = parseLibraryRecord(await tx.store.get(id));
  if (!parsed.ok || !!parsed.value.deletedAt !== deleted) {
    await abandon(tx);
    throw new LibraryRecordMissingError(`no article ${id} in the library`);
  }
  try {
    const next = change(parsed.value);
    await Promise.all([tx.store.put(next, id), tx.done]);
    return next;
  } catch (error) {
    await abandon(tx);
    throw error;
  }
}

/**
 * Renames an article. An imported article's headline is its title in both languages (see the
 * import page), so the reader's headline follows the new name.
 */
export function renameArticle(id: string, title: string): Promise<LibraryRecord> {
  const name = title.trim();
  if (!name) return Promise.reject(new RangeError('a title must not be empty'));
  return updateRecord(id, (record) => ({
    ...record,
    title: name,
    article: { ...record.article, headline: { ru: name, en: name } },
  }));
}

/** Marks an article deleted; it disappears from the library but stays restorable. */
export function deleteArticle(id: string, now = new Date()): Promise<LibraryRecord> {
  return updateRecord(id, (record) => ({ ...record, deletedAt: now.toISOString() }));
}

/** Undo: the record exactly as it was before the deletion. */
export function restoreArticle(id: string): Promise<LibraryRecord> {
  return updateRecord(id, live, { deleted: true });
}

/** Closes the undo window: every article marked deleted is removed for good. */
export async function finishDeletions(): Promise<number> {
  const db = await openAppDb();
  const tx = db.transaction('articles', 'readwrite');
  let cursor = await tx.store.openCursor();
  let removed = 0;
  while (cursor) {
    const parsed = parseLibraryRecord(cursor.value);
    if (parsed.ok && parsed.value.deletedAt) {
      await cursor.delete();
      removed++;
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}

export type ImportOutcome = {
  /** Articles written, copies included. */
  imported: number;
  /** Identical to an article already in the library: not written again. */
  skipped: number;
  /** Their id belonged to a different stored article, so they were saved under a new id. */
  copied: number;
};

/**
 * Adds articles from a library file in one transaction: all of them or none. Nothing stored is
 * ever overwritten: an identical article is skipped, a different one with the same id is saved
 * as a copy under a fresh id.
 */
export async function importRecords(
  incoming: readonly LibraryRecord[],
  newId: () => string = () => crypto.randomUUID(),
): Promise<ImportOutcome> {
  const db = await openAppDb();
  const tx = db.transaction('articles', 'readwrite');
  const outcome: ImportOutcome = { imported: 0, skipped: 0, copied: 0 };
  try {
    for (const record of incoming.map(live)) {
      const raw = await tx.store.get(record.id);
      if (raw === undefined) {
        await tx.store.put(record, record.id);
        outcome.imported++;
        continue;
      }
      const stored = parseLibraryRecord(raw);
      if (stored.ok && !stored.value.deletedAt && sameRecord(stored.value, record)) {
        outcome.skipped++;
        continue;
      }
      const id = newId();
      await tx.store.put({ ...record, id, article: { ...record.article, id } }, id);
      outcome.imported++;
      outcome.copied++;
    }
  } catch (error) {
    await abandon(tx);
    throw error;
  }
  await tx.done;
  return outcome;
}
