import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * One IndexedDB database for everything the reader keeps. Stores hold versioned records
 * (`v`) that each feature parses through its own schema on read; `upgrade` only creates stores.
 */
export interface AppDbSchema extends DBSchema {
  words: { key: string; value: unknown };
  cards: { key: string; value: unknown; indexes: { byEntry: string } };
  reviews: { key: number; value: unknown };
  /** Imported articles (version 2), keyed by article id. */
  articles: { key: string; value: unknown };
}

export const dbName = 'parallel-reader';
const dbVersion = 2;

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

let opening: Promise<IDBPDatabase<AppDbSchema>> | undefined;

export function openAppDb(): Promise<IDBPDatabase<AppDbSchema>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(
      new StorageUnavailableError('IndexedDB is not available in this browser'),
    );
  }
  opening ??= openDB<AppDbSchema>(dbName, dbVersion, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('words');
        db.createObjectStore('cards').createIndex('byEntry', 'entry');
        db.createObjectStore('reviews', { autoIncrement: true });
      }
      if (oldVersion < 2) db.createObjectStore('articles');
    },
    // A newer version of the app opened in another tab: let it upgrade; this tab reopens later.
    blocking() {
      void closeAppDb();
    },
    blocked() {
      console.warn('parallel-reader: another tab holds an older version of the database open');
    },
  }).catch((error: unknown) => {
    opening = undefined;
    throw new StorageUnavailableError(`IndexedDB could not be opened: ${String(error)}`);
  });
  return opening;
}

/** For tests: forget the open connection so the next call opens a fresh one. */
export async function closeAppDb() {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
}
