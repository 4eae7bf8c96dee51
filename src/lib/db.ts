import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import { reportBlocked } from './storage-health';

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

export type AppDb = IDBPDatabase<AppDbSchema>;
export const dbName = 'parallel-reader';
export const dbVersion = 2;

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

let opening: Promise<AppDb> | undefined;

function open(): Promise<AppDb> {
  return openDB<AppDbSchema>(dbName, dbVersion, {
    // Version 1 made words, cards and reviews; version 2 added articles. Each store is made if it
    // is missing rather than by version number, so a partly made database is completed too.
    upgrade(db) {
      const has = (name: StoreNames<AppDbSchema>) => db.objectStoreNames.contains(name);
      if (!has('words')) db.createObjectStore('words');
      if (!has('cards')) db.createObjectStore('cards').createIndex('byEntry', 'entry');
      if (!has('reviews')) db.createObjectStore('reviews', { autoIncrement: true });
      if (!has('articles')) db.createObjectStore('articles');
    },
    // A newer version of the app opened in another tab: let it upgrade; this tab reopens later.
    blocking() {
      void closeAppDb();
    },
    // Opening waits until the other tab lets go; meanwhile the reader is told why nothing saves.
    blocked() {
      console.warn('parallel-reader: another tab holds an older version of the database open');
      reportBlocked(true);
    },
  });
}

export function openAppDb(): Promise<AppDb> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return Promise.reject(
      new StorageUnavailableError('IndexedDB is not available in this browser'),
    );
  }
  // `indexedDB.open` itself may throw (some private modes), not only fail its request.
  opening ??= Promise.resolve()
    .then(open)
    .then(
      (db) => {
        reportBlocked(false);
        return db;
      },
      (error: unknown) => {
        opening = undefined;
        reportBlocked(false);
        throw new StorageUnavailableError(`IndexedDB could not be opened: ${String(error)}`);
      },
    );
  return opening;
}

/**
 * One user action, one transaction: `work` issues every write; if any of them fails (a full disk,
 * a bug), the whole transaction is aborted, so storage is left as it was and the error reaches the
 * caller, which reports it and lets the reader retry.
 */
export async function writeTransaction<Names extends StoreNames<AppDbSchema>[], T>(
  stores: Names,
  work: (tx: IDBPTransaction<AppDbSchema, Names, 'readwrite'>) => Promise<T>,
): Promise<T> {
  const db = await openAppDb();
  const tx = db.transaction(stores, 'readwrite');
  // Awaited below; this only keeps an abort from surfacing as an unhandled rejection meanwhile.
  tx.done.catch(() => {});
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the browser: nothing was committed by this action.
    }
    throw error;
  }
}

/** For tests: forget the open connection so the next call opens a fresh one. */
export async function closeAppDb() {
  const db = await opening?.catch(() => undefined);
  db?.close();
  opening = undefined;
}
