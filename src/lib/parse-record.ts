/**
 * The Standard Schema interface (standardschema.dev), as much of it as reading a record needs.
 * Valibot (settings, vocabulary records) and zod (imported articles) both implement it, so one
 * reader and one way of stating a reason serve both.
 */
type Issue = {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[] | undefined;
};
type Result<T> =
  { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly Issue[] };
export type RecordSchema<T> = {
  readonly '~standard': { readonly validate: (value: unknown) => Result<T> | Promise<Result<T>> };
};

export type ParsedRecord<T> = { ok: true; value: T } | { ok: false; reason: string };

const pathOf = (issue: Issue) =>
  (issue.path ?? []).map((part) => String(typeof part === 'object' ? part.key : part)).join('.');

/**
 * Reads a stored record through its schema, or says why it cannot ("path: message; …", with
 * `subject` naming the whole). A record that does not parse (damaged, foreign, or written by a
 * newer app) is set aside by the caller, not lost.
 */
export function parseRecord<T>(
  schema: RecordSchema<T>,
  raw: unknown,
  subject = 'record',
): ParsedRecord<T> {
  const result = schema['~standard'].validate(raw);
  // Every schema the app stores through is synchronous; an asynchronous one is a programming error.
  if (result instanceof Promise) throw new TypeError('parseRecord needs a synchronous schema');
  if (!result.issues) return { ok: true, value: result.value };
  const reason = result.issues
    .map((issue) => `${pathOf(issue) || subject}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason };
}
