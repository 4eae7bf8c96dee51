import type { Page } from '@playwright/test';

export type Stores = 'words' | 'cards' | 'reviews' | 'articles';
export type Dump = Record<Stores, { key: IDBValidKey; value: unknown }[]>;

/**
 * Writes records straight into the app's database (made as the app makes it if it is not there
 * yet), as an older or damaged app would have left them. `reviews` are added with their own keys.
 */
export async function seedDb(page: Page, records: Partial<Record<Stores, [string, unknown][]>>) {
  await page.evaluate(async (records) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parallel-reader', 2);
      request.onupgradeneeded = () => {
        const made = request.result;
        const has = (name: string) => made.objectStoreNames.contains(name);
        if (!has('words')) made.createObjectStore('words');
        if (!has('cards')) made.createObjectStore('cards').createIndex('byEntry', 'entry');
        if (!has('reviews')) made.createObjectStore('reviews', { autoIncrement: true });
        if (!has('articles')) made.createObjectStore('articles');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = Object.keys(records);
    const tx = db.transaction(names, 'readwrite');
    for (const [name, entries] of Object.entries(records))
      for (const [key, value] of entries ?? []) {
        if (name === 'reviews') tx.objectStore(name).add(value);
        else tx.objectStore(name).put(value, key);
      }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, records);
}

/** Everything in the app's database, key and value, store by store. */
export async function dumpDb(page: Page): Promise<Dump> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parallel-reader');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const dump: Record<string, { key: IDBValidKey; value: unknown }[]> = {};
    for (const name of ['words', 'cards', 'reviews', 'articles']) {
      if (!db.objectStoreNames.contains(name)) {
        dump[name] = [];
        continue;
      }
      const store = db.transaction(name).objectStore(name);
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) =>
            new Promise<unknown[]>((resolve) => {
              request.onsuccess = () => resolve(request.result as unknown[]);
            }),
        ),
      );
      dump[name] = keys!.map((key, i) => ({ key: key as IDBValidKey, value: values![i] }));
    }
    db.close();
    return dump as Dump;
  });
}
