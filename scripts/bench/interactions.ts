import type { Browser, Page } from '@playwright/test';
import { newContext } from './browser.ts';
import { installFrameHarness, type FrameSample } from './frame-harness.ts';
import { scenarios, type Scenario, type Step } from './scenarios.ts';
import { summarize, type Summary } from './stats.ts';

export type InteractionResult = {
  name: string;
  description: string;
  /** Input → first painted frame with the result, ms. */
  toPaint: Summary;
  /** Samples for which Chromium's Event Timing reported 16 ms or more, and the longest. */
  eventTiming: { over16ms: number; max: number | null };
  samples: FrameSample[];
  /** Set when the scenario could not be completed; its figures are then NaN. */
  error?: string;
};

const stepTimeoutMs = 5_000;
/** Time for Event Timing entries (delivered after presentation) to arrive. */
const settleMs = 100;

/** Loads a page with the frame harness and waits until the app is idle. */
export async function openWithHarness(browser: Browser, url: string) {
  const context = await newContext(browser);
  await context.addInitScript(installFrameHarness);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return { context, page };
}

/** Runs one step and returns its timing: arm, give the input, wait for the painted result. */
export async function runStep(page: Page, step: Step, settle = settleMs): Promise<FrameSample> {
  await page.evaluate(([conditions, timeout]) => window.__frameHarness?.arm(conditions, timeout), [
    step.expect,
    stepTimeoutMs,
  ] as const);
  await step.input(page);
  const sample = await page.evaluate((ms) => window.__frameHarness?.result(ms), settle);
  if (!sample) throw new Error('the frame harness is not installed in the page');
  return sample;
}

async function measureScenario(
  browser: Browser,
  origin: string,
  scenario: Scenario,
  { samples, warmups }: { samples: number; warmups: number },
): Promise<FrameSample[]> {
  const { context, page } = await openWithHarness(browser, origin + scenario.path);
  try {
    const taken: FrameSample[] = [];
    let measured = 0;
    for (let i = 0; taken.length < samples; i++) {
      const step = scenario.steps[i % scenario.steps.length];
      if (!step) throw new Error(`${scenario.name} has no steps`);
      const sample = await runStep(page, step, step.measure ? settleMs : 0);
      if (!step.measure) continue;
      if (measured++ >= warmups) taken.push(sample);
    }
    return taken;
  } finally {
    await context.close();
  }
}

/** Every scenario on a fresh page; one that fails is reported with its error, the rest still run. */
export async function measureInteractions(
  browser: Browser,
  origin: string,
  counts: { samples: number; warmups: number },
): Promise<InteractionResult[]> {
  const results: InteractionResult[] = [];
  for (const scenario of scenarios()) {
    let taken: FrameSample[] = [];
    let error: string | undefined;
    try {
      taken = await measureScenario(browser, origin, scenario, counts);
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const slow = taken.flatMap((s) => (s.eventTiming === null ? [] : [s.eventTiming]));
    results.push({
      name: scenario.name,
      description: scenario.description,
      toPaint: summarize(taken.map((s) => s.toPaint)),
      eventTiming: { over16ms: slow.length, max: slow.length > 0 ? Math.max(...slow) : null },
      samples: taken,
      ...(error === undefined ? {} : { error }),
    });
  }
  return results;
}
