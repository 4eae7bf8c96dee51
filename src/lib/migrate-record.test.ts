import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateRecord, type MigrationSteps } from './migrate-record';

// A shape that changed twice: v1 had `name`, v2 split it, v3 added a default.
const steps: MigrationSteps = {
  1: ({ name, ...rest }) => ({ ...rest, v: 2, first: String(name).split(' ')[0] }),
  2: (record) => ({ ...record, v: 3, tags: [] }),
};

describe('migrateRecord', () => {
  it.each([
    [
      { v: 1, name: 'Anna Petrova' },
      { v: 3, first: 'Anna', tags: [] },
    ],
    [
      { v: 2, first: 'Anna' },
      { v: 3, first: 'Anna', tags: [] },
    ],
    [
      { v: 3, first: 'Anna', tags: ['x'] },
      { v: 3, first: 'Anna', tags: ['x'] },
    ],
  ])('moves %j forward to the current version', (stored, expected) => {
    expect(migrateRecord(stored, 3, steps)).toEqual(expected);
  });

  it.each([
    ['a newer version', { v: 4, first: 'Anna' }],
    ['no version', { first: 'Anna' }],
    ['a version with no step', { v: 0, first: 'Anna' }],
    ['not an object', 'Anna'],
    ['an array', [1, 2]],
  ])('leaves %s as it was, for the schema to set aside', (_, stored) => {
    expect(migrateRecord(stored, 3, steps)).toBe(stored);
  });

  it('a step that throws or skips a version leaves the record as it was', () => {
    const broken: MigrationSteps = {
      1: () => {
        throw new Error('bug');
      },
      2: (record) => ({ ...record, v: 4 }),
    };
    const v1 = { v: 1 };
    const v2 = { v: 2 };
    expect(migrateRecord(v1, 3, broken)).toBe(v1);
    expect(migrateRecord(v2, 3, broken)).toBe(v2);
  });

  it('never throws, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        migrateRecord(raw, 3, steps);
      }),
    );
  });
});
