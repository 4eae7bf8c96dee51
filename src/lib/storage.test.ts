import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { storedValue } from './storage';

const prefs = storedValue('test-prefs', z.object({ size: z.number().min(1) }), { size: 16 });

describe('storedValue', () => {
  beforeEach(() => localStorage.clear());

  it('returns the fallback when nothing is stored', () => {
    expect(prefs.read()).toEqual({ size: 16 });
  });

  it('round-trips a valid value', () => {
    expect(prefs.write({ size: 20 })).toBe(true);
    expect(prefs.read()).toEqual({ size: 20 });
  });

  it.each([['not json {'], ['{"size":"big"}'], ['{"size":0}'], ['null']])(
    'falls back on damaged data %s',
    (raw) => {
      localStorage.setItem('parallel-reader:test-prefs', raw);
      expect(prefs.read()).toEqual({ size: 16 });
    },
  );

  it('reports a failed write instead of throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(prefs.write({ size: 30 })).toBe(false);
  });
});
