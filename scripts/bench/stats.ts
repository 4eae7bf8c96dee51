/** Small statistics for benchmark samples. */

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export function median(values: readonly number[]): number {
  const s = sorted(values);
  const middle = Math.floor(s.length / 2);
  if (s.length % 2 === 1) return s[middle] ?? Number.NaN;
  return ((s[middle - 1] ?? Number.NaN) + (s[middle] ?? Number.NaN)) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
export function percentile(values: readonly number[], p: number): number {
  const s = sorted(values);
  const rank = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[rank] ?? Number.NaN;
}

export const max = (values: readonly number[]) =>
  values.length === 0 ? Number.NaN : Math.max(...values);

export type Summary = { median: number; p95: number; max: number; n: number };

export const summarize = (values: readonly number[]): Summary => ({
  median: median(values),
  p95: percentile(values, 95),
  max: max(values),
  n: values.length,
});
