import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardId,
  cardKinds,
  type CardRecord,
  type FsrsState,
  type ReviewRecord,
  type WordRecord,
} from '../storage/records';
import { makeBackup, parseBackup } from './backup';

const entries = ['partnership', 'bilateral-relations', 'stress', 'обмен', 'a"b<script>'];
const known = new Set(entries);

const isoDate = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());
const count = fc.nat({ max: 10_000 });
const real = fc
  .double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })
  .map((n) => (Object.is(n, -0) ? 0 : n));

const fsrsState: fc.Arbitrary<FsrsState> = fc.record(
  {
    due: isoDate,
    stability: real,
    difficulty: real,
    elapsed_days: real,
    scheduled_days: real,
    learning_steps: count,
    reps: count,
    lapses: count,
    state: fc.integer({ min: 0, max: 3 }),
    last_review: isoDate,
  },
  {
    requiredKeys: [
      'due',
      'stability',
      'difficulty',
      'elapsed_days',
      'scheduled_days',
      'learning_steps',
      'reps',
      'lapses',
      'state',
    ],
  },
);

/** Any consistent set of saved words, their cards and their reviews. */
const vocabulary = fc
  .uniqueArray(fc.constantFrom(...entries), { maxLength: entries.length })
  .chain((saved) =>
    fc
      .tuple(
        fc.tuple(...saved.map(() => isoDate)),
        fc.tuple(...saved.map(() => fc.subarray([...cardKinds], { minLength: 1 }))),
      )
      .chain(([dates, kinds]) => {
        const words: WordRecord[] = saved.map((entry, i) => ({ v: 1, entry, addedAt: dates[i]! }));
        const ids = saved.flatMap((entry, i) => kinds[i]!.map((kind) => ({ entry, kind })));
        return fc
          .tuple(
            fc.tuple(...ids.map(() => fsrsState)),
            ids.length === 0
              ? fc.constant([])
              : fc.array(
                  fc.record({
                    card: fc.constantFrom(...ids.map(({ entry, kind }) => cardId(entry, kind))),
                    rating: fc.integer({ min: 1, max: 4 }),
                    reviewedAt: isoDate,
                    before: fsrsState,
                  }),
                  { maxLength: 8 },
                ),
          )
          .map(([states, rawReviews]) => {
            const cards: CardRecord[] = ids.map(({ entry, kind }, i) => ({
              v: 1,
              id: cardId(entry, kind),
              entry,
              kind,
              fsrs: states[i]!,
            }));
            const reviews: ReviewRecord[] = rawReviews.map((r) => ({ v: 1, ...r }));
            return { words, cards, reviews };
          });
      }),
  );

describe('vocabulary backup codec (property-based)', () => {
  it('encode → decode gives back exactly what was saved', () => {
    fc.assert(
      fc.property(vocabulary, isoDate, (parts, exportedAt) => {
        const text = JSON.stringify(makeBackup(parts, new Date(exportedAt)), null, 2);
        const parsed = parseBackup(text, known);
        expect(parsed).toEqual({
          ok: true,
          backup: { format: 'parallel-reader-backup', version: 1, exportedAt, ...parts },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('decoding never throws on any text, and says why it refuses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const parsed = parseBackup(text, known);
          if (!parsed.ok)
            expect(['notJson', 'notBackup', 'newerVersion', 'damaged', 'unknownWords']).toContain(
              parsed.problem,
            );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('decoding never throws on a backup with any one field replaced by anything', () => {
    fc.assert(
      fc.property(
        vocabulary,
        fc.constantFrom('words', 'cards', 'reviews', 'exportedAt', 'version', '__proto__'),
        fc.jsonValue(),
        (parts, field, value) => {
          const backup: Record<string, unknown> = { ...makeBackup(parts) };
          // Appended last, so it replaces the field (JSON.parse keeps the last of duplicate keys).
          const text = JSON.stringify(backup).replace(
            /\}$/,
            `,${JSON.stringify(field)}:${JSON.stringify(value)}}`,
          );
          const parsed = parseBackup(text, known);
          expect(typeof parsed.ok).toBe('boolean');
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
