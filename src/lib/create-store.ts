import { useSyncExternalStore } from 'react';

/**
 * A tiny observable value for state several components share. `serverValue` is what prerendered
 * HTML shows; React hydrates with it, then switches to the live value without a mismatch.
 */
export function createStore<T>(initial: () => T, serverValue: T) {
  let value: T | undefined;
  const listeners = new Set<() => void>();
  const get = () => {
    value ??= initial();
    return value;
  };
  return {
    get,
    set(next: T) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    use(): T {
      return useSyncExternalStore(this.subscribe, get, () => serverValue);
    },
  };
}
