import { useCallback, useEffect, useRef, useState } from 'react';
import {
  deleteArticle,
  finishDeletions,
  importRecords,
  type ImportOutcome,
  type Library,
  loadLibrary,
  renameArticle,
  restoreArticle,
} from '../storage/library-store';
import type { LibraryRecord } from '../storage/library-records';

export type LibraryState = Library | 'loading' | 'failed';

/**
 * The stored library and what the reader can do with it. After every change the list is read
 * again from the database, so what is shown is what is stored. A deletion stays undoable until
 * the reader dismisses it or changes the library again (rename, another deletion, an import).
 */
export function useLibrary() {
  const [library, setLibrary] = useState<LibraryState>('loading');
  const mounted = useRef(true);

  const refresh = useCallback(async () => {
    try {
      const loaded = await loadLibrary();
      if (mounted.current) setLibrary(loaded);
    } catch {
      if (mounted.current) setLibrary('failed');
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    loadLibrary().then(
      (loaded) => mounted.current && setLibrary(loaded),
      () => mounted.current && setLibrary('failed'),
    );
    // Another tab may have changed the library: show what is stored when this one is back.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      mounted.current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  /** Runs a change after closing the undo window, then shows the stored result. */
  const change = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      try {
        await finishDeletions();
        return await work();
      } finally {
        await refresh();
      }
    },
    [refresh],
  );

  const rename = useCallback(
    (id: string, title: string): Promise<LibraryRecord> => change(() => renameArticle(id, title)),
    [change],
  );

  const remove = useCallback(
    (id: string): Promise<LibraryRecord> => change(() => deleteArticle(id)),
    [change],
  );

  const importArticles = useCallback(
    (records: readonly LibraryRecord[]): Promise<ImportOutcome> =>
      change(() => importRecords(records)),
    [change],
  );

  /** Restores every article waiting for its deletion to be final (normally just one). */
  const undo = useCallback(async () => {
    const pending = library === 'loading' || library === 'failed' ? [] : library.deleted;
    try {
      for (const record of pending) await restoreArticle(record.id);
    } finally {
      await refresh();
    }
  }, [library, refresh]);

  const dismiss = useCallback(async () => {
    try {
      await finishDeletions();
    } finally {
      await refresh();
    }
  }, [refresh]);

  return { library, rename, remove, undo, dismiss, importArticles };
}
