type StoredObject = Record<string, unknown> & { v: number };

/**
 * One step per past version: `steps[n]` turns a record stored as version `n` into version `n + 1`.
 * A shape that changes adds a step here and bumps its schema's `v`; nothing is rewritten in bulk.
 */
export type MigrationSteps = Readonly<Record<number, (record: StoredObject) => StoredObject>>;

const isStored = (value: unknown): value is StoredObject =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Number.isInteger((value as { v?: unknown }).v);

/**
 * Moves a stored record forward from its version to `current`, one step at a time, on read.
 * Anything it cannot move (no version, a missing step, a step that fails) is returned as it was,
 * for the schema to reject and the caller to set aside; it never throws.
 */
export function migrateRecord(raw: unknown, current: number, steps: MigrationSteps): unknown {
  let record = raw;
  while (isStored(record) && record.v < current) {
    const step = steps[record.v];
    if (!step) return raw;
    try {
      const next = step(record);
      if (!isStored(next) || next.v !== record.v + 1) return raw;
      record = next;
    } catch {
      return raw;
    }
  }
  return record;
}
