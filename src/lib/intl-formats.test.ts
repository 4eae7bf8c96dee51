import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-formats';

describe('Intl formatters', () => {
  it('gives the same formatter for the same locale and options, and another for others', () => {
    const long = { dateStyle: 'long' } as const;
    expect(dateTimeFormat('ru', long)).toBe(dateTimeFormat('ru', { dateStyle: 'long' }));
    expect(dateTimeFormat('en', long)).not.toBe(dateTimeFormat('ru', long));
    expect(dateTimeFormat('ru', { dateStyle: 'short' })).not.toBe(dateTimeFormat('ru', long));
    expect(numberFormat('en', { style: 'percent' })).not.toBe(numberFormat('en'));
  });

  it('formats as a new formatter would', () => {
    const day = new Date(Date.UTC(2026, 1, 13));
    expect(dateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(day)).toBe(
      new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(day),
    );
    expect(numberFormat('ru').format(3000)).toBe(new Intl.NumberFormat('ru').format(3000));
    expect(relativeTimeFormat('ru', { numeric: 'auto' }).format(1, 'day')).toBe('завтра');
  });
});
