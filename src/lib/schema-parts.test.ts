import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { finiteNumber, isoDateTime, notArray } from './schema-parts';

// What the stored dates were checked with before valibot: the new check must agree with it.
const zodDateTime = z.iso.datetime({ offset: true });
const agrees = (text: string) => {
  expect(v.is(isoDateTime, text), text).toBe(zodDateTime.safeParse(text).success);
};

const digits = (length: number, max: number) =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(length, '0'));
// Near-misses of an ISO date-time: every part can be out of range, missing or written otherwise.
const dateTimeLike = fc
  .tuple(
    fc.oneof(digits(4, 9999), fc.constantFrom('2024', '2100', '2000', '1900', '0000')),
    digits(2, 13),
    digits(2, 32),
    fc.constantFrom('T', ' ', 't', ''),
    digits(2, 25),
    digits(2, 61),
    fc.constantFrom('', ':00', ':59', ':60', ':5'),
    fc.constantFrom('', '.5', '.123', '.', ',5'),
    fc.constantFrom('Z', 'z', '', '+03:00', '-11:30', '+0300', '+03', '+24:00', '-00:60'),
  )
  .map(([y, mo, d, t, h, mi, s, f, o]) => `${y}-${mo}-${d}${t}${h}:${mi}${s}${f}${o}`);

describe('isoDateTime', () => {
  it.each([
    ['2026-11-20T09:00:00.000Z', true],
    ['2026-11-20T09:00:00Z', true],
    ['2026-11-20T12:00:00.5+03:00', true],
    ['2024-02-29T00:00:00Z', true],
    ['2023-02-29T00:00:00Z', false],
    ['2026-04-31T00:00:00Z', false],
    ['2026-11-20 09:00:00Z', false],
    ['2026-11-20T09:00Z', false],
    ['2026-11-20T09:00:00+0300', false],
    ['2026-11-20T09:00:00', false],
    ['last Tuesday', false],
  ])('%s → %s, as zod had it', (text, valid) => {
    expect(v.is(isoDateTime, text)).toBe(valid);
    agrees(text);
  });

  it('accepts exactly what zod’s iso.datetime({ offset: true }) accepted', () => {
    fc.assert(fc.property(fc.oneof(dateTimeLike, fc.string()), agrees), { numRuns: 5000 });
    fc.assert(fc.property(fc.date({ noInvalidDate: true }), (date) => agrees(date.toISOString())));
  });
});

describe('finiteNumber', () => {
  it.each([0, -1.5, 1e308])('takes %s', (n) => expect(v.is(finiteNumber, n)).toBe(true));
  it.each([Infinity, -Infinity, NaN, '1'])('refuses %s, as zod’s number did', (n) => {
    expect(v.is(finiteNumber, n)).toBe(z.number().safeParse(n).success);
    expect(v.is(finiteNumber, n)).toBe(false);
  });
});

describe('notArray', () => {
  const settings = notArray(v.object({ big: v.fallback(v.boolean(), false) }));

  it('refuses a list where an object belongs, as zod did', () => {
    const parsed = v.safeParse(settings, []);
    expect(parsed.success).toBe(false);
    expect(parsed.issues?.[0]?.message).toBe('Invalid type: Expected Object but received Array');
  });

  it.each([
    [{ big: true }, { big: true }],
    [{ big: 'yes' }, { big: false }],
    [{}, { big: false }],
  ])('reads %o as %o', (input, output) => {
    expect(v.parse(settings, input)).toEqual(output);
  });

  it.each([null, 'text', 3])('still refuses %o as its object schema does', (input) => {
    expect(v.safeParse(settings, input).issues?.[0]?.message).toMatch(
      /^Invalid type: Expected Object/,
    );
  });
});
