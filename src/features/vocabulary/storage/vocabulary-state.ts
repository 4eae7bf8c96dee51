import { createStore } from '@/lib/create-store';
import type { SetAsideItem } from '@/lib/storage-health';
import type { CardRecord, WordRecord } from './records';

/** A stored record that did not parse: kept out of the app, offered back to the reader. */
export type SetAside = Omit<SetAsideItem, 'source'> & { store: string };

export type VocabularyState =
  | { status: 'loading' }
  | { status: 'unavailable'; error: string }
  | {
      status: 'ready';
      words: ReadonlyMap<string, WordRecord>;
      cards: readonly CardRecord[];
      setAside: readonly SetAside[];
    };

/**
 * The reader's saved words and cards as last read from IndexedDB. Apart from the storage code
 * (vocabulary-store.ts), so that what only shows the state (the header's due count) does not
 * bring the database code with it: that loads once the page is idle.
 */
export const vocabularyStore = createStore<VocabularyState>(() => ({ status: 'loading' }), {
  status: 'loading',
});
export const useVocabulary = () => vocabularyStore.use();
export const vocabularyState = () => vocabularyStore.get();
