import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseRecord } from './parse-record';

// The same shape in both libraries the app stores through: valibot and (imported articles) zod.
const schemas = {
  valibot: v.object({
    v: v.literal(1),
    items: v.array(v.object({ name: v.pipe(v.string(), v.minLength(1)) })),
  }),
  zod: z.object({ v: z.literal(1), items: z.array(z.object({ name: z.string().min(1) })) }),
};

describe.each(Object.entries(schemas))('parseRecord with %s', (_, schema) => {
  it('returns the parsed value', () => {
    expect(parseRecord(schema, { v: 1, items: [{ name: 'a', extra: 1 }] })).toEqual({
      ok: true,
      value: { v: 1, items: [{ name: 'a' }] },
    });
  });

  it('gives every problem as "path: message"', () => {
    const parsed = parseRecord(schema, { v: 2, items: [{ name: 'a' }, { name: '' }] });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(/^v: .+; items\.1\.name: .+$/);
  });

  it('names the whole record when the problem is the record itself', () => {
    expect(parseRecord(schema, 'text')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^record: /),
    });
    expect(parseRecord(schema, null, 'value')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^value: /),
    });
  });
});
