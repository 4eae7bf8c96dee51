import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOutEarly } from './lay-out-early';

describe('layOutEarly', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads layout after the work already queued in this task, not before', async () => {
    const order: string[] = [];
    const read = vi
      .spyOn(document.documentElement, 'offsetHeight', 'get')
      .mockImplementation(() => {
        order.push('layout');
        return 0;
      });
    queueMicrotask(() => order.push('render'));
    layOutEarly();
    expect(read).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(order).toEqual(['render', 'layout']);
  });
});
