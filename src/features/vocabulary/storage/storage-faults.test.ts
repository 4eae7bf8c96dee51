import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeAppDb, dbName, openAppDb } from '@/lib/db';
import { allSetAside, resetStorageHealth, storageHealth } from '@/lib/storage-health';
import { cardKinds, type CardRecord } from './records';
import {
  addWord,
  loadVocabulary,
  readAllReviews,
  recordGrade,
  removeWord,
  replaceAll,
  vocabularyState,
} from './vocabulary-store';

const addedAt = new Date('2026-11-20T09:00:00.000Z');
const gradedAt = new Date('2026-11-27T10:00:00.000Z');
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The disk fills up on the `n`th call of one store method; the calls before it go through. */
function failNthCall(method: 'put' | 'delete', n: number) {
  const original = IDBObjectStore.prototype[method];
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    calls += 1;
    if (calls === n) throw quota();
    return (original as (...a: typeof args) => IDBRequest).apply(this, args);
  });
}

function ready() {
  const state = vocabularyState();
  if (state.status !== 'ready') throw new Error(`expected a ready store, got ${state.status}`);
  return state;
}

async function snapshot() {
  const db = await openAppDb();
  return {
    words: await db.getAll('words'),
    cards: await db.getAll('cards'),
    reviews: await db.getAll('reviews'),
  };
}

beforeEach(async () => {
  await closeAppDb();
  globalThis.indexedDB = new IDBFactory();
  resetStorageHealth();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAppDb();
});

describe('a write that fails is not half-applied', () => {
  it('a grade whose review cannot be stored leaves the card as it was', async () => {
    await addWord('partnership', cardKinds, addedAt);
    const before = await snapshot();
    const card = ready().cards.find((c) => c.kind === 'ru-en') as CardRecord;
    // The card's new schedule is written first; the review log then hits a full disk.
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw quota();
    });

    await expect(recordGrade(card, 3, gradedAt)).rejects.toThrow(/quota/);

    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
    // Retrying once there is room works.
    const graded = await recordGrade(card, 3, gradedAt);
    expect(graded.fsrs.reps).toBe(1);
    expect((await readAllReviews()).reviews).toHaveLength(1);
  });

  it('saving a word whose third card cannot be stored stores none of it', async () => {
    failNthCall('put', 3);

    await expect(addWord('partnership', cardKinds, addedAt)).rejects.toThrow(/quota/);

    vi.restoreAllMocks();
    expect(await snapshot()).toEqual({ words: [], cards: [], reviews: [] });
  });

  it('a restore that runs out of room half-way keeps everything that was there', async () => {
    await addWord('partnership', cardKinds, addedAt);
    await recordGrade(ready().cards[0] as CardRecord, 3, gradedAt);
    const before = await snapshot();
    failNthCall('put', 2);
    const word = { v: 1 as const, entry: 'stress', addedAt: gradedAt.toISOString() };
    const cards = ready().cards.map((c) => ({ ...c, entry: 'stress', id: `stress:${c.kind}` }));

    // Everything was cleared inside the transaction before the failing write: all of it comes back.
    await expect(replaceAll([word], cards, [])).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });

  it('removing a word that fails leaves the word and its cards', async () => {
    await addWord('partnership', cardKinds, addedAt);
    const before = await snapshot();
    failNthCall('delete', 2);

    await expect(removeWord('partnership')).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});

describe('IndexedDB that cannot be opened', () => {
  it('open throwing (a private mode) makes the vocabulary unavailable, and says so', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission', 'InvalidStateError');
    });
    await loadVocabulary();
    expect(vocabularyState()).toMatchObject({ status: 'unavailable' });
    await tick();
    expect(storageHealth().unavailable.has('vocabulary')).toBe(true);
    await expect(addWord('partnership', cardKinds)).rejects.toThrow(/could not be opened/);
  });

  it('an older connection that does not close is reported as blocked, then opens', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const old = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('words');
      },
    });
    const loading = loadVocabulary();
    try {
      await vi.waitFor(() => expect(storageHealth().blocked).toBe(true));
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      old.close();
    }
    await loading;
    await tick();
    expect(ready().words.size).toBe(0);
    expect(storageHealth().blocked).toBe(false);
  });
});

describe('database migrations', () => {
  it('a version 1 database (no articles store) keeps its words, cards and reviews', async () => {
    await addWord('partnership', cardKinds, addedAt);
    const card = ready().cards[0] as CardRecord;
    await recordGrade(card, 4, gradedAt);
    const data = await snapshot();
    await closeAppDb();

    // The same records, written the way version 1 of the app laid the database out.
    globalThis.indexedDB = new IDBFactory();
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('words');
        db.createObjectStore('cards').createIndex('byEntry', 'entry');
        db.createObjectStore('reviews', { autoIncrement: true });
      },
    });
    for (const word of data.words) await v1.put('words', word, (word as { entry: string }).entry);
    for (const c of data.cards) await v1.put('cards', c, (c as { id: string }).id);
    for (const review of data.reviews) await v1.add('reviews', review);
    v1.close();

    await loadVocabulary();
    const db = await openAppDb();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames].sort()).toEqual(['articles', 'cards', 'reviews', 'words']);
    expect(await snapshot()).toEqual(data);
    expect(ready().cards).toHaveLength(3);
    expect(ready().setAside).toEqual([]);
  });
});

describe('set-aside records reach the notice', () => {
  it('damaged words, cards and reviews are reported with their raw values', async () => {
    const db = await openAppDb();
    await db.put('words', { v: 1, entry: '' }, 'empty');
    await db.put('cards', 'not a card', 'text');
    await db.add('reviews', { v: 9 });

    await loadVocabulary();
    await tick();

    const items = allSetAside();
    expect(items.map((item) => `${item.source}/${item.key}`).sort()).toEqual([
      'indexedDB:cards/text',
      'indexedDB:reviews/1',
      'indexedDB:words/empty',
    ]);
    expect(items.find((item) => item.key === 'text')?.raw).toBe('not a card');
  });
});
