import type { i18n as I18n } from 'i18next';
import { use, useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { getI18n, I18nContext } from 'react-i18next';
import type { NamespaceName } from './resources';

// One promise per instance, language and namespace: a component that suspended finds the same
// promise when React renders it again. A namespace already loaded gets a promise marked fulfilled,
// which React's `use` reads at once, without suspending.
const loading = new WeakMap<I18n, Map<string, Promise<void>>>();
const loaded: Promise<void> = Object.assign(Promise.resolve(), {
  status: 'fulfilled',
  value: undefined,
});

function namespaceReady(i18n: I18n, language: string, namespace: NamespaceName): Promise<void> {
  let promises = loading.get(i18n);
  if (!promises) {
    promises = new Map<string, Promise<void>>();
    loading.set(i18n, promises);
  }
  const key = `${language}|${namespace}`;
  let promise = promises.get(key);
  if (!promise) {
    promise = i18n.hasLoadedNamespace(namespace) ? loaded : i18n.loadNamespaces(namespace);
    promises.set(key, promise);
  }
  return promise;
}

/**
 * The interface texts of one namespace in the current language, and the i18next instance (the
 * one given by `I18nextProvider`, as for the prerender, else the app's). It re-renders on a
 * language switch and suspends until the namespace is loaded, as react-i18next's hook does.
 *
 * Why not react-i18next's `useTranslation`: on every language switch it copies the i18next
 * instance for each component that uses it (43 properties, about 27 µs a copy, and garbage to
 * collect), so that a new object says the language changed. With the reader's twenty such
 * components that cost 1.3 ms of a 16 ms switch (decision record 15). Here the language itself
 * is the value components re-render with, and `t` is i18next's own, with the same typed keys.
 */
export function useTranslation<const N extends NamespaceName = 'common'>(namespace?: N) {
  const i18n = useContext(I18nContext)?.i18n ?? getI18n();
  const ns = (namespace ?? 'common') as N;
  const subscribe = useCallback(
    (onChange: () => void) => {
      i18n.on('languageChanged', onChange);
      return () => i18n.off('languageChanged', onChange);
    },
    [i18n],
  );
  const readLanguage = useCallback(() => i18n.language, [i18n]);
  const language = useSyncExternalStore(subscribe, readLanguage, readLanguage);
  const t = useMemo(() => i18n.getFixedT(language, ns), [i18n, language, ns]);
  // Called on every render, after every hook: React renders a component that suspended again
  // with the same hooks and the same `use`.
  use(namespaceReady(i18n, language, ns));
  return { t, i18n };
}
