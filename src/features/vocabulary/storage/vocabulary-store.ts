import { openAppDb, writeTransaction } from '@/lib/db';
import { reportSetAside, reportUnavailable, type SetAsideItem } from '@/lib/storage-health';
import type { GradeValue } from '../utils/scheduling';
import {
  cardId,
  readCardRecord,
  readReviewRecord,
  readWordRecord,
  type CardKind,
  type CardRecord,
  type ReviewRecord,
  type WordRecord,
} from './records';
import { vocabularyStore as store, type SetAside } from './vocabulary-state';

export {
  useVocabulary,
  vocabularyState,
  type SetAside,
  type VocabularyState,
} from './vocabulary-state';

// Other tabs hear about every write and reload, so two tabs never show different schedules.
const channel =
  // Not when prerendering in Node, where an open channel would keep the build running.
  typeof window === 'undefined' || typeof BroadcastChannel === 'undefined'
    ? undefined
    : new BroadcastChannel('parallel-reader:vocabulary');
channel?.addEventListener('message', () => void loadVocabulary());

const toItem = ({ store: name, ...rest }: SetAside): SetAsideItem => ({
  source: `indexedDB:${name}`,
  ...rest,
});

function readAll<T>(
  name: string,
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
  read: (raw: unknown) => { ok: true; value: T } | { ok: false; reason: string },
) {
  const good: T[] = [];
  const setAside: SetAside[] = [];
  values.forEach((raw, index) => {
    const parsed = read(raw);
    if (parsed.ok) good.push(parsed.value);
    else setAside.push({ store: name, key: String(keys[index]), reason: parsed.reason, raw });
  });
  return { good, setAside };
}

// Connections whose review log has been checked (once each: it is read in full).
const reviewsChecked = new WeakSet<object>();

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
    const words = readAll('words', wordKeys, wordValues, readWordRecord);
    const cards = readAll('cards', cardKeys, cardValues, readCardRecord);
    const setAside = [...words.setAside, ...cards.setAside];
    store.set({
      status: 'ready',
      words: new Map(words.good.map((word) => [word.entry, word])),
      cards: cards.good,
      setAside,
    });
    reportUnavailable('vocabulary', false);
    reportSetAside('vocabulary', setAside.map(toItem));
    // The review log is not needed to read or practise; it is checked once, so a damaged review
    // is reported at start-up too, not only when a backup is made.
    if (!reviewsChecked.has(db)) {
      reviewsChecked.add(db);
      await readAllReviews();
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    store.set({ status: 'unavailable', error: message });
    reportUnavailable('vocabulary', true);
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
  await writeTransaction(['words', 'cards'], async (tx) => {
    const words = tx.objectStore('words');
    const cards = tx.objectStore('cards');
    if (!readWordRecord(await words.get(entry)).ok)
      await words.put({ v: 1, entry, addedAt: now.toISOString() } satisfies WordRecord, entry);
    for (const kind of kinds) {
      const id = cardId(entry, kind);
      if (readCardRecord(await cards.get(id)).ok) continue;
      await cards.put({ v: 1, id, entry, kind, fsrs: newCardState(now) } satisfies CardRecord, id);
    }
  });
  await afterWrite();
}

/** Removes a word and its cards (their review history stays, for the backup). */
export async function removeWord(entry: string) {
  await writeTransaction(['words', 'cards'], async (tx) => {
    const keys = await tx.objectStore('cards').index('byEntry').getAllKeys(entry);
    await tx.objectStore('words').delete(entry);
    for (const key of keys) await tx.objectStore('cards').delete(key);
  });
  await afterWrite();
}

/**
 * Grades a card: the new schedule and the review log are written together. The schedule is
 * computed from the card as stored now, not as this tab last saw it, so a grade given in another
 * tab meanwhile is built upon rather than overwritten.
 */
export async function recordGrade(card: CardRecord, grade: GradeValue, now = new Date()) {
  const { gradeCard } = await import('../utils/scheduling');
  const next = await writeTransaction(['cards', 'reviews'], async (tx) => {
    const stored = readCardRecord(await tx.objectStore('cards').get(card.id));
    const current = stored.ok ? stored.value : card;
    const review: ReviewRecord = {
      v: 1,
      card: current.id,
      rating: grade,
      reviewedAt: now.toISOString(),
      before: current.fsrs,
    };
    const graded = gradeCard(current, grade, now);
    await tx.objectStore('cards').put(graded, current.id);
    await tx.objectStore('reviews').add(review);
    return graded;
  });
  await afterWrite();
  return next;
}

export async function readAllReviews(): Promise<{ reviews: ReviewRecord[]; setAside: SetAside[] }> {
  const db = await openAppDb();
  const tx = db.transaction('reviews', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const { good, setAside } = readAll('reviews', keys, values, readReviewRecord);
  reportSetAside('vocabulary:reviews', setAside.map(toItem));
  return { reviews: good, setAside };
}

/** Replaces everything with a backup's contents in one transaction. */
export async function replaceAll(
  words: WordRecord[],
  cards: CardRecord[],
  reviews: ReviewRecord[],
) {
  await writeTransaction(['words', 'cards', 'reviews'], async (tx) => {
    await tx.objectStore('words').clear();
    await tx.objectStore('cards').clear();
    await tx.objectStore('reviews').clear();
    // Thousands of writes are queued at once rather than awaited one by one; a failing one aborts
    // the transaction, and `tx.done` (awaited by writeTransaction) reports it.
    const queue = (request: Promise<unknown>) => void request.catch(() => {});
    for (const word of words) queue(tx.objectStore('words').put(word, word.entry));
    for (const card of cards) queue(tx.objectStore('cards').put(card, card.id));
    for (const review of reviews) queue(tx.objectStore('reviews').add(review));
  });
  await afterWrite();
}
