import type { Article } from '@/content/article-schema';
import { openAppDb } from '@/lib/db';
import { type LibraryRecord, parseLibraryRecord, type SetAside } from './library-records';

export type Library = { records: LibraryRecord[]; aside: SetAside[] };

/** Every imported article, newest first, with the records that could not be read set aside. */
export async function loadLibrary(): Promise<Library> {
  const db = await openAppDb();
  const tx = db.transaction('articles', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  await tx.done;
  const records: LibraryRecord[] = [];
  const aside: SetAside[] = [];
  values.forEach((raw, index) => {
    const parsed = parseLibraryRecord(raw);
    if (parsed.ok) records.push(parsed.value);
    else aside.push({ key: String(keys[index]), reason: parsed.reason, raw });
  });
  records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { records, aside };
}

export async function getLibraryArticle(id: string): Promise<LibraryRecord | undefined> {
  const db = await openAppDb();
  const parsed = parseLibraryRecord(await db.get('articles', id));
  return parsed.ok ? parsed.value : undefined;
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
    v: 1,
    id,
    title: title.trim(),
    createdAt: now.toISOString(),
    article: { ...article, id },
  };
  const db = await openAppDb();
  await db.put('articles', record, id);
  return record;
}
