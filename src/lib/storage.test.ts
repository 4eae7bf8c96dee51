import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { storedValue } from './storage';
import { allSetAside, resetStorageHealth, storageHealth } from './storage-health';

const prefs = storedValue('test-prefs', v.object({ size: v.pipe(v.number(), v.minValue(1)) }), {
  size: 16,
});

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

  it('sets a damaged value aside with the reason, and offers its text back', async () => {
    resetStorageHealth();
    localStorage.setItem('parallel-reader:test-prefs', '{"size":');
    expect(prefs.read()).toEqual({ size: 16 });
    await Promise.resolve();
    expect(allSetAside()).toEqual([
      {
        source: 'localStorage',
        key: 'parallel-reader:test-prefs',
        reason: 'not valid JSON',
        raw: '{"size":',
      },
    ]);
  });

  it('a failed write makes the settings notice show, a later good one clears it', () => {
    resetStorageHealth();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    prefs.write({ size: 30 });
    expect(storageHealth().unavailable.has('settings')).toBe(true);
    setItem.mockRestore();
    prefs.write({ size: 30 });
    expect(storageHealth().unavailable.has('settings')).toBe(false);
  });

  it('never throws and never returns an invalid value, whatever text is stored', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (raw) => {
        localStorage.setItem('parallel-reader:test-prefs', raw);
        const value = prefs.read();
        expect(value.size).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
