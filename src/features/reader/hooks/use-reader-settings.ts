import { useCallback } from 'react';
import { createStore } from '@/lib/create-store';
import { setSearchParam, useSearch } from '@/lib/router';
import { storedValue } from '@/lib/storage';
import {
  defaultReaderSettings,
  readerSettingsSchema,
  viewFromSearch,
  type ReaderSettings,
} from '../utils/reader-settings';

const saved = storedValue('reader-settings', readerSettingsSchema, defaultReaderSettings);
const store = createStore(() => saved.read(), defaultReaderSettings);
// A change made in another tab shows here too, and this tab's next change builds on it.
saved.subscribe(() => store.set(saved.read()));

/** Reader settings: remembered across visits; the view mode also lives in the URL. */
export function useReaderSettings() {
  const stored = store.use();
  const search = useSearch();
  const settings: ReaderSettings = { ...stored, view: viewFromSearch(search) ?? stored.view };

  const update = useCallback((change: Partial<ReaderSettings>) => {
    const next = { ...store.get(), ...change };
    store.set(next);
    saved.write(next);
    if (change.view) setSearchParam('view', change.view);
  }, []);

  return [settings, update] as const;
}
