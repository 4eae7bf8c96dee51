import { parseRecord, type RecordSchema } from './parse-record';
import { reportSetAside, reportUnavailable } from './storage-health';

const prefix = 'parallel-reader:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Access itself throws when storage is disabled (e.g. blocked third-party context).
    return undefined;
  }
}

function readRaw(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * A small value kept in localStorage and parsed through its schema on every read, so that a
 * damaged or foreign value falls back to the default instead of reaching the app. The damaged
 * text is reported (once per distinct value) so the reader is told and can download it.
 */
export function storedValue<T>(key: string, schema: RecordSchema<T>, fallback: NoInfer<T>) {
  const fullKey = prefix + key;
  let reported: string | undefined;
  const setAside = (raw: string, reason: string) => {
    if (reported === raw) return;
    reported = raw;
    reportSetAside(`localStorage:${key}`, [{ source: 'localStorage', key: fullKey, reason, raw }]);
  };
  return {
    read(): T {
      const raw = readRaw(fullKey);
      if (raw == null) return fallback;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        setAside(raw, 'not valid JSON');
        return fallback;
      }
      const parsed = parseRecord(schema, json, 'value');
      if (parsed.ok) return parsed.value;
      setAside(raw, parsed.reason);
      return fallback;
    },
    /** Returns false when the value could not be saved (storage off or full); the notice says so. */
    write(value: T): boolean {
      let ok: boolean;
      try {
        const target = storage();
        target?.setItem(fullKey, JSON.stringify(value));
        ok = target !== undefined;
      } catch {
        ok = false;
      }
      reportUnavailable('settings', !ok);
      return ok;
    },
    /** Calls back when another tab changes this value, so every open tab shows the same. */
    subscribe(listener: () => void): () => void {
      if (typeof window === 'undefined') return () => {};
      const onStorage = (event: StorageEvent) => {
        if (event.key === fullKey || event.key === null) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
