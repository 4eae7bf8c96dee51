import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newCardState } from '../utils/scheduling';
import {
  currentVersion,
  migrations,
  readCardRecord,
  readReviewRecord,
  readWordRecord,
  type CardRecord,
  type ReviewRecord,
  type WordRecord,
} from './records';

const at = '2026-11-20T09:00:00.000Z';
const fsrs = newCardState(new Date(at));
// One record per past version of each store (version 1 is the only one so far).
const pastVersions = {
  words: { 1: { v: 1, entry: 'partnership', addedAt: at } satisfies WordRecord },
  cards: {
    1: {
      v: 1,
      id: 'partnership:ru-en',
      entry: 'partnership',
      kind: 'ru-en',
      fsrs,
    } satisfies CardRecord,
  },
  reviews: {
    1: {
      v: 1,
      card: 'partnership:ru-en',
      rating: 3,
      reviewedAt: at,
      before: fsrs,
    } satisfies ReviewRecord,
  },
};
const readers = { words: readWordRecord, cards: readCardRecord, reviews: readReviewRecord };

describe('stored vocabulary records', () => {
  for (const store of ['words', 'cards', 'reviews'] as const) {
    it(`${store}: every past version has a way to the current one and reads`, () => {
      const samples: Record<number, unknown> = pastVersions[store];
      for (let v = 1; v <= currentVersion[store]; v += 1) {
        expect(samples[v], `a ${store} record of version ${v}`).toBeDefined();
        if (v < currentVersion[store]) expect(migrations[store][v]).toBeTypeOf('function');
        const read = readers[store](samples[v]);
        expect(read.ok).toBe(true);
        if (read.ok) expect(read.value.v).toBe(currentVersion[store]);
      }
    });

    it(`${store}: a record from a newer app is set aside with the reason`, () => {
      const newer = { ...pastVersions[store][1], v: currentVersion[store] + 1 };
      expect(readers[store](newer)).toEqual({ ok: false, reason: expect.stringMatching(/^v: /) });
    });

    it(`${store}: reading never throws, whatever is stored`, () => {
      fc.assert(
        fc.property(fc.anything({ withMap: true, withSet: true, withDate: true }), (raw) => {
          const read = readers[store](raw);
          expect(typeof read.ok).toBe('boolean');
        }),
      );
    });
  }
});
