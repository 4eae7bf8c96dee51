import { useCallback, useEffect, useLayoutEffect } from 'react';
import { afterNextPaint } from '@/lib/after-next-paint';
import { createStore } from '@/lib/create-store';
import { rememberForFirstPaint, type FirstPaintPreferences } from '@/lib/first-paint';
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

/** What the next visit's first paint should show; settings at their defaults are left out. */
export function forFirstPaint({ theme, fontSize, lineSpacing, view }: ReaderSettings) {
  const preferences: FirstPaintPreferences = {};
  if (view !== defaultReaderSettings.view) preferences.view = view;
  if (theme !== defaultReaderSettings.theme) preferences.theme = theme;
  if (fontSize !== defaultReaderSettings.fontSize) preferences.fontSize = String(fontSize);
  if (lineSpacing !== defaultReaderSettings.lineSpacing) preferences.lineSpacing = lineSpacing;
  return preferences;
}

/**
 * The reader's own settings, not the prerendered defaults that hydration renders with (which
 * could undo what the service worker put on the page for its first paint).
 */
const isLive = (stored: ReaderSettings) => stored === store.get();

/**
 * The theme on every page (not only the reader's), and the settings kept for the first paint of
 * the next visit. Rendered once, by the app: a component of its own, so that the settings arriving
 * after hydration re-render only it.
 */
export function PageSettings() {
  usePageSettings();
  return null;
}

function usePageSettings() {
  const stored = store.use();
  const live = isLive(stored);
  const { theme } = stored;
  useLayoutEffect(() => {
    if (!live) return;
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [live, theme]);
  useEffect(() => {
    // What the next visit will read (not this tab's copy, should saving have failed); not in the
    // frame of a switch: storing waits until it has been painted.
    if (live)
      return afterNextPaint(
        () => void rememberForFirstPaint('reader', forFirstPaint(saved.read())),
      );
  }, [live, stored]);
}

/**
 * Reader settings: remembered across visits; the view mode also lives in the URL. `live` is false
 * while hydration still shows the prerendered defaults (settings and URL).
 */
export function useReaderSettings() {
  const stored = store.use();
  const search = useSearch();
  const live =
    isLive(stored) && (typeof window === 'undefined' || search === window.location.search);
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

  return [settings, update, live] as const;
}
