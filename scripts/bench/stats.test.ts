import { describe, expect, it } from 'vitest';
import { median, percentile } from './stats';

describe('median and nearest-rank percentile', () => {
  it.each([
    { values: [3, 1, 2], median: 2, p95: 3 },
    { values: [4, 1, 3, 2], median: 2.5, p95: 4 },
    { values: Array.from({ length: 20 }, (_, i) => i + 1), median: 10.5, p95: 19 },
    { values: [7], median: 7, p95: 7 },
  ])('$values', ({ values, median: m, p95 }) => {
    expect(median(values)).toBe(m);
    expect(percentile(values, 95)).toBe(p95);
  });

  it('is NaN without samples', () => {
    expect(median([])).toBeNaN();
    expect(percentile([], 95)).toBeNaN();
  });
});
