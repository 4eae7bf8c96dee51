import { createStore } from '@/lib/create-store';
import { openAppDb } from '@/lib/db';
import type { GradeValue } from '../utils/scheduling';
import {
  cardId,
  cardRecordSchema,
  parseRecord,
  reviewRecordSchema,
  wordRecordSchema,
  type CardKind,
  type CardRecord,
  type ReviewRecord,
  type WordRecord,
} from './records';

/** A stored record that did not parse: kept out of the app, offered back to the reader. */
export type SetAside = { store: string; key: string; reason: string; raw: unknown };

export type VocabularyState =
  | { status: 'loading' }
  | { status: 'unavailable'; error: string }
  | {
      status: 'ready';
      words: ReadonlyMap<string, WordRecord>;
      cards: readonly CardRecord[];
      setAside: readonly SetAside[];
    };

const store = createStore<VocabularyState>(() => ({ status: 'loading' }), { status: 'loading' });
export const useVocabulary = () => store.use();
export const vocabularyState = () => store.get();

// Other tabs hear about every write and reload, so two tabs never show different schedules.
const channel =
  // Not when prerendering in Node, where an open channel would keep the build running.
  typeof window === 'undefined' || typeof BroadcastChannel === 'undefined'
    ? undefined
    : new BroadcastChannel('parallel-reader:vocabulary');
channel?.addEventListener('message', () => void loadVocabulary());

export async function loadVocabulary() {
  try {
    const db = await openAppDb();
    const tx = db.transaction(['words', 'cards'], 'readonly');
    const [wordKeys, wordValues, cardKeys, cardValues] = await Promise.all([
      tx.objectStore('words').getAllKeys(),
      tx.objectStore('words').getAll(),
      tx.objectStore('cards').getAllKeys(),
      tx.objectStore('cards').getAll(),
    ]);
    const setAside: SetAside[] = [];
    const words = new Map<string, WordRecord>();
    wordValues.forEach((raw, index) => {
      const parsed = parseRecord(wordRecordSchema, raw);
      if (parsed.ok) words.set(parsed.value.entry, parsed.value);
      else
        setAside.push({ store: 'words', key: String(wordKeys[index]), reason: parsed.reason, raw });
    });
    const cards: CardRecord[] = [];
    cardValues.forEach((raw, index) => {
      const parsed = parseRecord(cardRecordSchema, raw);
      if (parsed.ok) cards.push(parsed.value);
      else
        setAside.push({ store: 'cards', key: String(cardKeys[index]), reason: parsed.reason, raw });
    });
    store.set({ status: 'ready', words, cards, setAside });
  } catch (error) {
    store.set({
      status: 'unavailable',
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

async function afterWrite() {
  channel?.postMessage('changed');
  await loadVocabulary();
}

/**
 * Saves a word with its practice cards, in one transaction: all of it or nothing. Saving a word
 * that is already saved (another tab, a double click) keeps its date and its cards' progress.
 */
export async function addWord(entry: string, kinds: readonly CardKind[], now = new Date()) {
  // FSRS loads only when a word is saved or graded, not with every page.
  const { newCardState } = await import('../utils/scheduling');
  const db = await openAppDb();
  const tx = db.transaction(['words', 'cards'], 'readwrite');
  const words = tx.objectStore('words');
  const cards = tx.objectStore('cards');
  const existing = parseRecord(wordRecordSchema, await words.get(entry));
  if (!existing.ok)
    await words.put({ v: 1, entry, addedAt: now.toISOString() } satisfies WordRecord, entry);
  for (const kind of kinds) {
    const id = cardId(entry, kind);
    if (parseRecord(cardRecordSchema, await cards.get(id)).ok) continue;
    await cards.put({ v: 1, id, entry, kind, fsrs: newCardState(now) } satisfies CardRecord, id);
  }
  await tx.done;
  await afterWrite();
}

/** Removes a word and its cards (their review history stays, for the backup). */
export async function removeWord(entry: string) {
  const db = await openAppDb();
  const tx = db.transaction(['words', 'cards'], 'readwrite');
  const keys = await tx.objectStore('cards').index('byEntry').getAllKeys(entry);
  await Promise.all([
    tx.objectStore('words').delete(entry),
    ...keys.map((key) => tx.objectStore('cards').delete(key)),
    tx.done,
  ]);
  await afterWrite();
}

/** Grades a card: the new schedule and the review log are written together. */
export async function recordGrade(card: CardRecord, grade: GradeValue, now = new Date()) {
  const { gradeCard } = await import('../utils/scheduling');
  const db = await openAppDb();
  const tx = db.transaction(['cards', 'reviews'], 'readwrite');
  const review: ReviewRecord = {
    v: 1,
    card: card.id,
    rating: grade,
    reviewedAt: now.toISOString(),
    before: card.fsrs,
  };
  const next = gradeCard(card, grade, now);
  await Promise.all([
    tx.objectStore('cards').put(next, card.id),
    tx.objectStore('reviews').add(review),
    tx.done,
  ]);
  await afterWrite();
  return next;
}

export async function readAllReviews(): Promise<{ reviews: ReviewRecord[]; setAside: SetAside[] }> {
  const db = await openAppDb();
  const tx = db.transaction('reviews', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const reviews: ReviewRecord[] = [];
  const setAside: SetAside[] = [];
  values.forEach((raw, index) => {
    const parsed = parseRecord(reviewRecordSchema, raw);
    if (parsed.ok) reviews.push(parsed.value);
    else setAside.push({ store: 'reviews', key: String(keys[index]), reason: parsed.reason, raw });
  });
  return { reviews, setAside };
}

/** Replaces everything with a backup's contents in one transaction. */
export async function replaceAll(
  words: WordRecord[],
  cards: CardRecord[],
  reviews: ReviewRecord[],
) {
  const db = await openAppDb();
  const tx = db.transaction(['words', 'cards', 'reviews'], 'readwrite');
  await Promise.all([
    tx.objectStore('words').clear(),
    tx.objectStore('cards').clear(),
    tx.objectStore('reviews').clear(),
  ]);
  await Promise.all([
    ...words.map((word) => tx.objectStore('words').put(word, word.entry)),
    ...cards.map((card) => tx.objectStore('cards').put(card, card.id)),
    ...reviews.map((review) => tx.objectStore('reviews').add(review)),
    tx.done,
  ]);
  await afterWrite();
}
