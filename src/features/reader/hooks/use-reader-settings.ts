import { useCallback } from 'react';
import { afterNextPaint } from '@/lib/after-next-paint';
import { createStore } from '@/lib/create-store';
import { setSearchParam, useSearch } from '@/lib/router';
import { storedValue } from '@/lib/storage';
import {
  defaultReaderSettings,
  readerSettingsSchema,
  viewFromSearch,
  type ReaderSettings,
  type ViewMode,
} from '../utils/reader-settings';

const saved = storedValue('reader-settings', readerSettingsSchema, defaultReaderSettings);
const store = createStore(() => saved.read(), defaultReaderSettings);
// A change made in another tab shows here too, and this tab's next change builds on it.
saved.subscribe(() => store.set(saved.read()));

/**
 * A view just chosen whose `?view=` is not written yet. Writing the URL (History API) costs a few
 * milliseconds, so it waits until the new view has been painted; until then this wins over the URL.
 */
const chosenView = createStore<ViewMode | undefined>(() => undefined, undefined);
let urlUpdatePending = false;

function writeViewToUrlAfterPaint() {
  if (urlUpdatePending) return;
  urlUpdatePending = true;
  afterNextPaint(() => {
    urlUpdatePending = false;
    const view = chosenView.get();
    if (view) setSearchParam('view', view);
    chosenView.set(undefined);
  });
}

/** Reader settings: remembered across visits; the view mode also lives in the URL. */
export function useReaderSettings() {
  const stored = store.use();
  const search = useSearch();
  const chosen = chosenView.use();
  const settings: ReaderSettings = {
    ...stored,
    view: chosen ?? viewFromSearch(search) ?? stored.view,
  };

  const update = useCallback((change: Partial<ReaderSettings>) => {
    const next = { ...store.get(), ...change };
    store.set(next);
    saved.write(next);
    if (change.view) {
      chosenView.set(change.view);
      writeViewToUrlAfterPaint();
    }
  }, []);

  return [settings, update] as const;
}
