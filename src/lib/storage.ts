import type * as z from 'zod/mini';

const prefix = 'parallel-reader:';

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Access itself throws when storage is disabled (e.g. blocked third-party context).
    return undefined;
  }
}

/**
 * A small value kept in localStorage and parsed through its schema on every read, so that a
 * damaged or foreign value falls back to the default instead of reaching the app.
 */
export function storedValue<S extends z.ZodMiniType>(key: string, schema: S, fallback: z.infer<S>) {
  const fullKey = prefix + key;
  return {
    read(): z.infer<S> {
      const raw = storage()?.getItem(fullKey);
      if (raw == null) return fallback;
      try {
        const parsed = schema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : fallback;
      } catch {
        return fallback;
      }
    },
    /** Returns false when the value could not be saved (storage off or full). */
    write(value: z.infer<S>): boolean {
      try {
        storage()?.setItem(fullKey, JSON.stringify(value));
        return storage() !== undefined;
      } catch {
        return false;
      }
    },
  };
}
