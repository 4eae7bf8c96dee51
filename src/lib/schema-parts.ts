import * as v from 'valibot';

/*
 * Valibot pieces that keep the rules zod/mini applied to stored data, so that moving the reading
 * path to valibot (decision 10) reads exactly what it read before: no more, no less.
 */

// Real calendar days only: 29 February in leap years, 30 days in the months that have 30.
const leapDay = String.raw`(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29`;
const day = String.raw`\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))`;
const time = String.raw`(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?`;
const offset = String.raw`(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)`;

/**
 * An ISO date-time with seconds and `Z` or `±HH:MM`, as zod's `iso.datetime({ offset: true })`
 * accepted it. Valibot's `isoTimestamp` is looser (a space for `T`, `+0300`, 31 February).
 */
export const isoDateTime = v.pipe(
  v.string(),
  v.regex(new RegExp(`^(?:${leapDay}|${day})T${time}${offset}$`), 'Invalid ISO datetime'),
);

/** Zod's numbers refused ±Infinity (which IndexedDB can store); valibot's `number` takes it. */
export const finiteNumber = v.pipe(v.number(), v.finite());

/**
 * Zod's objects and records refused arrays; valibot's take them (an array is an object), which
 * would read a stored `[]` as default settings instead of setting it aside as damaged.
 */
export const notArray = <const S extends v.GenericSchema<Record<string, unknown>>>(schema: S) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => !Array.isArray(input),
      'Invalid type: Expected Object but received Array',
    ),
    schema,
  );
