import { relativeTimeFormat } from './intl-formats';

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "in 10 minutes", "через 3 дня": the largest unit that fits, rounded. */
export function formatRelativeTime(to: Date, from: Date, language: string): string {
  const seconds = (to.getTime() - from.getTime()) / 1000;
  const format = relativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.max(1, Math.round(seconds / 60)), 'minute');
}
