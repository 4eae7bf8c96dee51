import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeAppDb, openAppDb, StorageUnavailableError } from '@/lib/db';
import { makeBackup, parseBackup } from '../utils/backup';
import { newCardState } from '../utils/scheduling';
import { cardId, cardKinds, type CardRecord, type ReviewRecord, type WordRecord } from './records';
import {
  addWord,
  loadVocabulary,
  readAllReviews,
  recordGrade,
  removeWord,
  replaceAll,
  vocabularyState,
  type VocabularyState,
} from './vocabulary-store';

const addedAt = new Date('2026-11-20T09:00:00.000Z');
const gradedAt = new Date('2026-11-27T10:00:00.000Z');

function ready(): Extract<VocabularyState, { status: 'ready' }> {
  const state = vocabularyState();
  if (state.status !== 'ready') throw new Error(`expected a ready store, got ${state.status}`);
  return state;
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const sortedCards = () => [...ready().cards].sort(byId);
const card = (entry: string, kind: CardRecord['kind']) =>
  ready().cards.find((c) => c.entry === entry && c.kind === kind)!;

beforeEach(async () => {
  await closeAppDb();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  await closeAppDb();
});

describe('vocabulary store (IndexedDB)', () => {
  it('an empty database loads as ready with nothing in it', async () => {
    await loadVocabulary();
    expect(ready().words.size).toBe(0);
    expect(ready().cards).toEqual([]);
    expect(ready().setAside).toEqual([]);
  });

  it('addWord stores the word and one new card per kind, in one transaction', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await addWord('bilateral-relations', cardKinds, addedAt);

    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    // The spy sees every transaction: the reload after the write is a read-only one.
    expect(transaction.mock.calls.some(([, mode]) => mode === 'readonly')).toBe(true);
    expect(writes).toHaveLength(1);
    expect([...writes[0]![0]].sort()).toEqual(['cards', 'words']);

    // addWord reloads the store itself; a second load must agree.
    await loadVocabulary();
    const state = ready();
    expect([...state.words.values()]).toEqual([
      { v: 1, entry: 'bilateral-relations', addedAt: addedAt.toISOString() },
    ]);
    expect(sortedCards()).toEqual(
      [...cardKinds]
        .map((kind) => ({
          v: 1,
          id: cardId('bilateral-relations', kind),
          entry: 'bilateral-relations',
          kind,
          fsrs: newCardState(addedAt),
        }))
        .sort(byId),
    );
    expect(state.setAside).toEqual([]);
  });

  it('addWord with two kinds makes exactly two cards', async () => {
    await addWord('partnership', ['ru-en', 'en-ru'], addedAt);
    expect(
      ready()
        .cards.map((c) => c.kind)
        .sort(),
    ).toEqual(['en-ru', 'ru-en']);
  });

  it('recordGrade writes the new schedule and a review with the state before it', async () => {
    await addWord('bilateral-relations', cardKinds, addedAt);
    const before = card('bilateral-relations', 'ru-en');

    const next = await recordGrade(before, 3, gradedAt);

    expect(next.id).toBe(before.id);
    expect(next.fsrs.reps).toBe(1);
    expect(next.fsrs.last_review).toBe(gradedAt.toISOString());
    expect(new Date(next.fsrs.due).getTime()).toBeGreaterThan(gradedAt.getTime());
    expect(card('bilateral-relations', 'ru-en')).toEqual(next);
    // The other cards are untouched.
    expect(card('bilateral-relations', 'en-ru').fsrs).toEqual(newCardState(addedAt));

    const { reviews, setAside } = await readAllReviews();
    expect(setAside).toEqual([]);
    expect(reviews).toEqual([
      {
        v: 1,
        card: before.id,
        rating: 3,
        reviewedAt: gradedAt.toISOString(),
        before: before.fsrs,
      },
    ]);
  });

  it('a graded schedule survives closing and reopening the database', async () => {
    await addWord('bilateral-relations', cardKinds, addedAt);
    let current = card('bilateral-relations', 'cloze');
    for (const grade of [3, 3, 1] as const)
      current = await recordGrade(current, grade, new Date(current.fsrs.due));
    const cardsBefore = sortedCards();

    await closeAppDb();
    await loadVocabulary();

    expect(card('bilateral-relations', 'cloze')).toEqual(current);
    expect(sortedCards()).toEqual(cardsBefore);
    expect((await readAllReviews()).reviews.map((r) => r.rating)).toEqual([3, 3, 1]);
  });

  it('saving a word again (another tab, a double click) keeps its date and progress', async () => {
    await addWord('partnership', ['ru-en'], addedAt);
    const graded = await recordGrade(card('partnership', 'ru-en'), 4, gradedAt);
    await addWord('partnership', ['ru-en', 'en-ru'], new Date('2026-11-28T10:00:00.000Z'));

    expect(card('partnership', 'ru-en').fsrs).toEqual(graded.fsrs);
    expect(ready().words.get('partnership')?.addedAt).toBe(addedAt.toISOString());
    expect(card('partnership', 'en-ru').fsrs.reps).toBe(0);
  });

  it('removeWord removes the word and its cards, and leaves other words and the history', async () => {
    await addWord('bilateral-relations', cardKinds, addedAt);
    await addWord('partnership', ['ru-en', 'en-ru'], addedAt);
    await recordGrade(card('bilateral-relations', 'ru-en'), 4, gradedAt);

    await removeWord('bilateral-relations');

    expect([...ready().words.keys()]).toEqual(['partnership']);
    expect(ready().cards.map((c) => c.entry)).toEqual(['partnership', 'partnership']);
    expect((await readAllReviews()).reviews).toHaveLength(1);

    await closeAppDb();
    await loadVocabulary();
    expect([...ready().words.keys()]).toEqual(['partnership']);
    expect(ready().cards).toHaveLength(2);
  });

  it('sets damaged and newer records aside with a reason, and loads the valid ones', async () => {
    await addWord('bilateral-relations', cardKinds, addedAt);
    const valid = card('bilateral-relations', 'ru-en');
    const missingFields = { v: 1, id: 'broken' };
    const newer = { ...valid, id: 'future', v: 2 };
    const badNumber = { ...valid, id: 'negative', fsrs: { ...valid.fsrs, stability: -1 } };
    const badWord = { v: 1, entry: 'partnership', addedAt: 'yesterday' };
    const badReview = { v: 1, card: valid.id, rating: 7, reviewedAt: gradedAt.toISOString() };
    const db = await openAppDb();
    await db.put('cards', missingFields, 'broken');
    await db.put('cards', newer, 'future');
    await db.put('cards', badNumber, 'negative');
    await db.put('words', badWord, 'partnership');
    await db.add('reviews', badReview);

    await loadVocabulary();
    const state = ready();

    expect(state.cards).toHaveLength(3);
    expect(state.cards.every((c) => c.entry === 'bilateral-relations')).toBe(true);
    expect([...state.words.keys()]).toEqual(['bilateral-relations']);
    const aside = new Map(
      state.setAside.map((record) => [`${record.store}/${record.key}`, record]),
    );
    expect([...aside.keys()].sort()).toEqual([
      'cards/broken',
      'cards/future',
      'cards/negative',
      'words/partnership',
    ]);
    expect(aside.get('cards/broken')).toEqual({
      store: 'cards',
      key: 'broken',
      reason: expect.stringMatching(/entry:.*kind:.*fsrs:/),
      raw: missingFields,
    });
    expect(aside.get('cards/future')!.reason).toMatch(/^v: /);
    expect(aside.get('cards/future')!.raw).toEqual(newer);
    expect(aside.get('cards/negative')!.reason).toMatch(/^fsrs\.stability: /);
    expect(aside.get('words/partnership')!.reason).toMatch(/^addedAt: /);

    const reviews = await readAllReviews();
    expect(reviews.reviews).toEqual([]);
    expect(reviews.setAside).toEqual([
      {
        store: 'reviews',
        key: '1',
        reason: expect.stringMatching(/rating:.*before:/),
        raw: badReview,
      },
    ]);
  });

  it('replaceAll replaces everything: a backup read back gives the same data', async () => {
    await addWord('bilateral-relations', cardKinds, addedAt);
    await addWord('partnership', ['ru-en', 'en-ru'], addedAt);
    await recordGrade(card('bilateral-relations', 'cloze'), 2, gradedAt);
    await recordGrade(card('partnership', 'en-ru'), 3, gradedAt);
    const words = [...ready().words.values()];
    const cards = sortedCards();
    const { reviews } = await readAllReviews();
    const text = JSON.stringify(makeBackup({ words, cards, reviews }));

    // Something else is stored now; the restore must leave none of it behind.
    await closeAppDb();
    globalThis.indexedDB = new IDBFactory();
    await addWord('stress', ['ru-en'], gradedAt);
    await recordGrade(card('stress', 'ru-en'), 1, gradedAt);

    const parsed = parseBackup(text, new Set(['bilateral-relations', 'partnership']));
    if (!parsed.ok) throw new Error(`backup did not parse: ${parsed.problem}`);
    await replaceAll(parsed.backup.words, parsed.backup.cards, parsed.backup.reviews);

    expect([...ready().words.values()].sort((a, b) => a.entry.localeCompare(b.entry))).toEqual(
      words,
    );
    expect(sortedCards()).toEqual(cards);
    expect((await readAllReviews()).reviews).toEqual(reviews);

    await closeAppDb();
    await loadVocabulary();
    expect(sortedCards()).toEqual(cards);
    expect(ready().words.has('stress')).toBe(false);
  });

  it('replaceAll with nothing empties every store', async () => {
    await addWord('bilateral-relations', cardKinds, addedAt);
    await recordGrade(card('bilateral-relations', 'ru-en'), 3, gradedAt);
    const none: [WordRecord[], CardRecord[], ReviewRecord[]] = [[], [], []];

    await replaceAll(...none);

    expect(ready().words.size).toBe(0);
    expect(ready().cards).toEqual([]);
    expect((await readAllReviews()).reviews).toEqual([]);
  });

  describe('without IndexedDB', () => {
    let saved: PropertyDescriptor | undefined;
    beforeEach(async () => {
      await closeAppDb();
      saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
      delete (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    });
    afterEach(() => {
      if (saved) Object.defineProperty(globalThis, 'indexedDB', saved);
    });

    it('loads as unavailable, with the error message', async () => {
      expect(typeof indexedDB).toBe('undefined');
      await loadVocabulary();
      expect(vocabularyState()).toEqual({
        status: 'unavailable',
        error: 'IndexedDB is not available in this browser',
      });
    });

    it('writes fail with StorageUnavailableError', async () => {
      await expect(addWord('partnership', cardKinds)).rejects.toBeInstanceOf(
        StorageUnavailableError,
      );
      await expect(removeWord('partnership')).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(readAllReviews()).rejects.toBeInstanceOf(StorageUnavailableError);
    });
  });
});
