import { useSyncExternalStore } from 'react';

/** A stored value that did not parse: kept out of the app and offered back to the reader. */
export type SetAsideItem = { source: string; key: string; reason: string; raw: unknown };

/** Where the reader's data lives, for the notice that tells what could not be kept. */
export type StorageArea = 'vocabulary' | 'settings';

export type StorageHealth = {
  /** Set-aside records, by the source that read them (each source replaces its own list). */
  setAside: Readonly<Record<string, readonly SetAsideItem[]>>;
  /** Areas whose storage cannot be used at all (no IndexedDB, opening failed, blocked). */
  unavailable: ReadonlySet<StorageArea>;
  /** Another tab holds an older database version open, so this one waits. */
  blocked: boolean;
};

let health: StorageHealth = { setAside: {}, unavailable: new Set(), blocked: false };
const listeners = new Set<() => void>();
let notifyQueued = false;

/*
 * Reports arrive while components render (a setting read for the first time). Listeners hear about
 * them a microtask later, so no component is updated while another one renders.
 */
function update(change: (current: StorageHealth) => StorageHealth) {
  health = change(health);
  if (notifyQueued) return;
  notifyQueued = true;
  queueMicrotask(() => {
    notifyQueued = false;
    for (const listener of listeners) listener();
  });
}

export function reportSetAside(source: string, items: readonly SetAsideItem[]) {
  const current = health.setAside[source] ?? [];
  if (current.length === 0 && items.length === 0) return;
  update((h) => ({ ...h, setAside: { ...h.setAside, [source]: items } }));
}

export function reportUnavailable(area: StorageArea, unavailable: boolean) {
  if (health.unavailable.has(area) === unavailable) return;
  update((h) => {
    const next = new Set(h.unavailable);
    if (unavailable) next.add(area);
    else next.delete(area);
    return { ...h, unavailable: next };
  });
}

export function reportBlocked(blocked: boolean) {
  if (health.blocked !== blocked) update((h) => ({ ...h, blocked }));
}

export const storageHealth = () => health;
export const allSetAside = (h: StorageHealth = health) => Object.values(h.setAside).flat();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const initial: StorageHealth = { setAside: {}, unavailable: new Set(), blocked: false };

export const useStorageHealth = () => useSyncExternalStore(subscribe, storageHealth, () => initial);

/** The set-aside records as a file the reader can keep: nothing is lost, even if not readable here. */
export function setAsideFile(items: readonly SetAsideItem[], now = new Date()) {
  return `${JSON.stringify(
    { format: 'parallel-reader-set-aside', exportedAt: now.toISOString(), items },
    null,
    2,
  )}\n`;
}

/** For tests: start from a healthy state. */
export function resetStorageHealth() {
  health = { setAside: {}, unavailable: new Set(), blocked: false };
}
