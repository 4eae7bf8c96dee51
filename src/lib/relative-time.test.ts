import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time';

const now = new Date('2026-11-27T10:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('formatRelativeTime', () => {
  it.each([
    [10 * 60, 'en', 'in 10 minutes'],
    [3 * 24 * 3600, 'en', 'in 3 days'],
    [24 * 3600, 'en', 'tomorrow'],
    [20, 'en', 'in 1 minute'],
    [3 * 24 * 3600, 'ru', 'через 3 дня'],
    [5 * 60, 'ru', 'через 5 минут'],
  ])('%i s in %s → %s', (seconds, language, expected) => {
    expect(formatRelativeTime(later(seconds), now, language)).toBe(expected);
  });
});
