/** What zod's classic and mini schemas both offer: enough to parse a stored record. */
type RecordSchema<T> = {
  safeParse(input: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] };
      };
};

export type ParsedRecord<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Reads a stored record through its schema, or says why it cannot. A record that does not parse
 * (damaged, foreign, or written by a newer app) is set aside by the caller, not lost.
 */
export function parseRecord<T>(schema: RecordSchema<T>, raw: unknown): ParsedRecord<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const reason = parsed.error.issues
    .map((issue) => `${issue.path.map(String).join('.') || 'record'}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason };
}
