import { describe, expect, it } from 'vitest';
import { align, type Bead } from './align';

const beads: Bead[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];
const priors = new Map([
  ['1:1', 0],
  ['1:0', 4],
  ['0:1', 4],
  ['2:1', 2],
  ['1:2', 2],
  ['2:2', 4],
]);

/** Toy lengths: a bead costs its prior plus the squared difference of the two sides' sums. */
function alignLengths(source: number[], target: number[], band?: number) {
  const sum = (values: number[], from: number, to: number) =>
    values.slice(from, to).reduce((a, b) => a + b, 0);
  const links = align({
    sourceCount: source.length,
    targetCount: target.length,
    beads,
    band,
    cost: (i, j, di, dj) => {
      const prior = priors.get(`${di}:${dj}`) ?? Infinity;
      if (di === 0 || dj === 0) return prior;
      return prior + (sum(source, i - di, i) - sum(target, j - dj, j)) ** 2;
    },
  });
  return links.map((l) => `${l.sourceEnd - l.sourceStart}:${l.targetEnd - l.targetStart}`);
}

describe('align', () => {
  it.each([
    ['1–1 throughout', [5, 7, 3], [5, 7, 3], ['1:1', '1:1', '1:1']],
    ['2–1 where the target merged two', [5, 7, 3], [12, 3], ['2:1', '1:1']],
    ['1–2 where the target split one', [12, 3], [5, 7, 3], ['1:2', '1:1']],
    ['2–2 where both split differently', [4, 8, 9], [8, 4, 9], ['2:2', '1:1']],
    ['1–0 for an extra source unit', [5, 9, 7], [5, 7], ['1:1', '1:0', '1:1']],
    ['0–1 for an extra target unit', [5, 7], [5, 9, 7], ['1:1', '0:1', '1:1']],
    ['an empty source', [], [3, 4], ['0:1', '0:1']],
    ['both empty', [], [], []],
  ])('%s', (_name, source, target, expected) => {
    expect(alignLengths(source, target)).toEqual(expected);
  });

  it('widens a band that is too narrow for the path', () => {
    // Ten extra target units at the start push the path far off the diagonal.
    const source = Array.from({ length: 40 }, (_, k) => 3 + (k % 5));
    const target = [...Array.from({ length: 10 }, () => 50), ...source];
    const links = alignLengths(source, target, 2);
    expect(links.slice(0, 10)).toEqual(Array(10).fill('0:1'));
    expect(links.slice(10)).toEqual(Array(40).fill('1:1'));
  });

  it('covers both sequences exactly, in order', () => {
    const links = align({
      sourceCount: 30,
      targetCount: 45,
      beads,
      cost: (_i, _j, di, dj) => priors.get(`${di}:${dj}`) ?? 0,
    });
    expect(links[0]).toMatchObject({ sourceStart: 0, targetStart: 0 });
    links.slice(1).forEach((link, k) => {
      expect(link.sourceStart).toBe(links[k]!.sourceEnd);
      expect(link.targetStart).toBe(links[k]!.targetEnd);
    });
    expect(links.at(-1)).toMatchObject({ sourceEnd: 30, targetEnd: 45 });
  });
});
