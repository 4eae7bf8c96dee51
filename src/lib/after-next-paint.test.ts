import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, useValueAfterNextPaint } from './after-next-paint';

/**
 * Runs the next animation frame's callbacks, then the tasks they queued (a 0 ms timer set while
 * fake timers tick is due 1 ms later).
 */
async function paint() {
  await act(async () => {
    vi.advanceTimersToNextFrame();
    await vi.advanceTimersByTimeAsync(1);
  });
}

beforeEach(() => {
  vi.useFakeTimers({
    toFake: [
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'setTimeout',
      'clearTimeout',
      'performance',
    ],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('afterNextPaint', () => {
  it('calls back in a task after the next frame, not in the frame itself', async () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('after paint'));
    requestAnimationFrame(() => order.push('frame'));
    expect(order).toEqual([]);
    vi.advanceTimersToNextFrame();
    expect(order).toEqual(['frame']);
    await vi.advanceTimersByTimeAsync(1);
    expect(order).toEqual(['frame', 'after paint']);
  });

  it('can be cancelled before the frame and between the frame and the task', async () => {
    const callback = vi.fn();
    afterNextPaint(callback)();
    await paint();
    const cancel = afterNextPaint(callback);
    vi.advanceTimersToNextFrame();
    cancel();
    await vi.advanceTimersByTimeAsync(1);
    expect(callback).not.toHaveBeenCalled();
  });
});

describe('useValueAfterNextPaint', () => {
  it('starts with the value and passes on a change only after the next paint', async () => {
    const { result, rerender } = renderHook(({ value }) => useValueAfterNextPaint(value), {
      initialProps: { value: 'en' },
    });
    expect(result.current).toBe('en');
    rerender({ value: 'ru' });
    expect(result.current).toBe('en');
    await paint();
    expect(result.current).toBe('ru');
  });

  it('passes on only the latest of several changes within one frame', async () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ value }) => {
        const shown = useValueAfterNextPaint(value);
        seen.push(shown);
        return shown;
      },
      { initialProps: { value: 'en' } },
    );
    rerender({ value: 'ru' });
    rerender({ value: 'en' });
    rerender({ value: 'ru' });
    await paint();
    await paint();
    expect(seen.at(-1)).toBe('ru');
    expect(seen.filter((value, i) => value !== seen[i - 1])).toEqual(['en', 'ru']);
  });
});
