import { describe, expect, it } from 'vitest';
import { formatPartialDate } from './format-date';

describe('formatPartialDate', () => {
  it.each([
    ['2026', 'en', '2026'],
    ['2026-02', 'en', 'February 2026'],
    ['2026-02-13', 'en', 'February 13, 2026'],
    ['2026-02-13', 'ru', '13 февраля 2026 г.'],
  ])('%s in %s', (iso, language, expected) => {
    expect(formatPartialDate(iso, language)).toBe(expected);
  });
});
