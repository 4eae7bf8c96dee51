import type { Browser, CDPSession } from '@playwright/test';
import { openWithHarness, runStep } from './interactions.ts';
import { viewModeSteps } from './scenarios.ts';

export type HeapPoint = {
  /** V8 heap in use after a full garbage collection, bytes. */
  usedBytes: number;
  totalBytes: number;
  domNodes: number;
  eventListeners: number;
};

export type HeapResult = {
  switches: number;
  half: number;
  afterLoad: HeapPoint;
  /** After one round of the four modes: what the first switches allocate once. */
  afterFirstRound: HeapPoint;
  /** Halfway: growth from here to the end is what each further switch keeps (a leak's rate). */
  afterHalf: HeapPoint;
  afterSwitches: HeapPoint;
  growthBytes: number;
  growthRatio: number;
  /** (afterSwitches − afterHalf) / the switches between them. */
  bytesPerSwitchLate: number;
};

async function measure(cdp: CDPSession): Promise<HeapPoint> {
  // Several collections: one pass can leave garbage that finalizers release only afterwards.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    usedBytes: heap.usedSize,
    totalBytes: heap.totalSize,
    domNodes: dom.nodes,
    eventListeners: dom.jsEventListeners,
  };
}

/** JS heap after load and after `switches` view-mode switches (keys 1–4, each painted). */
export async function measureHeap(browser: Browser, origin: string, switches = 100) {
  const { context, page } = await openWithHarness(browser, `${origin}/`);
  try {
    const cdp = await context.newCDPSession(page);
    const afterLoad = await measure(cdp);
    // Halfway, rounded to whole rounds of the four modes: the same view as after load and at the end.
    const round = viewModeSteps.length;
    const half = Math.floor(switches / 2 / round) * round;
    let afterFirstRound = afterLoad;
    let afterHalf = afterLoad;
    for (let i = 1; i <= switches; i++) {
      const step = viewModeSteps[(i - 1) % viewModeSteps.length];
      if (!step) throw new Error('no view-mode steps');
      await runStep(page, step, 0);
      if (i === round) afterFirstRound = await measure(cdp);
      if (i === half) afterHalf = await measure(cdp);
    }
    const afterSwitches = await measure(cdp);
    const growthBytes = afterSwitches.usedBytes - afterLoad.usedBytes;
    return {
      switches,
      half,
      afterLoad,
      afterFirstRound,
      afterHalf,
      afterSwitches,
      growthBytes,
      growthRatio: growthBytes / afterLoad.usedBytes,
      bytesPerSwitchLate: (afterSwitches.usedBytes - afterHalf.usedBytes) / (switches - half),
    } satisfies HeapResult;
  } finally {
    await context.close();
  }
}
