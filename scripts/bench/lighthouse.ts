import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { chromiumArgs } from '../browser.mjs';
import { chromiumPath } from './browser.ts';
import { median } from './stats.ts';

export type Preset = 'mobile' | 'desktop';
export type LighthousePage = { name: 'app' | 'floor'; url: string };

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof categoryIds)[number];
const byCategory = <T>(value: (id: CategoryId) => T): Record<CategoryId, T> => ({
  performance: value('performance'),
  accessibility: value('accessibility'),
  'best-practices': value('best-practices'),
  seo: value('seo'),
});

export type LighthouseRun = {
  scores: Record<CategoryId, number | null>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Audits that lost points (score < 1 in a scored category), by id. */
  failedAudits: string[];
  warnings: string[];
  benchmarkIndex: number;
};

export type LighthouseSummary = {
  preset: Preset;
  page: LighthousePage['name'];
  url: string;
  runs: LighthouseRun[];
  /** Per metric, the median over the runs that completed (NaN when none did). */
  median: {
    scores: Record<CategoryId, number>;
    fcp: number;
    lcp: number;
    tbt: number;
    cls: number;
    benchmarkIndex: number;
  };
  /** How many runs lost points on each audit, e.g. { 'color-contrast': 5 }. */
  failedAudits: Record<string, number>;
  /** Runs that failed, with their error. */
  errors: string[];
};

/**
 * Real throttling ("devtools"): the page really loads over a slowed network on a slowed CPU, so a
 * prerendered page's early paint shows. Lighthouse's default ("simulate") replays an unthrottled
 * load through a model and would hide that. Mobile is Lighthouse's default config (slow 4G, 4×
 * CPU). The desktop preset leaves its devtools network fields at 0 ("unset"), which would mean no
 * network throttling at all; they are filled with the values Lighthouse derives for mobile the
 * same way (RTT × 3.75, throughput × 0.9), from the desktop preset's 40 ms / 10 Mbit/s.
 */
function configFor(preset: Preset): Config {
  if (preset === 'mobile') {
    return { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools' } };
  }
  const desktopNetwork = { rttMs: 40, throughputKbps: 10 * 1024 };
  return {
    ...desktopConfig,
    settings: {
      ...desktopConfig.settings,
      throttlingMethod: 'devtools',
      throttling: {
        ...desktopNetwork,
        cpuSlowdownMultiplier: 1,
        requestLatencyMs: desktopNetwork.rttMs * 3.75,
        downloadThroughputKbps: desktopNetwork.throughputKbps * 0.9,
        uploadThroughputKbps: desktopNetwork.throughputKbps * 0.9,
      },
    },
  };
}

function summarizeRun(lhr: Result): LighthouseRun {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = byCategory((id) => {
    const score = lhr.categories[id]?.score;
    return typeof score === 'number' ? Math.round(score * 100) : null;
  });
  const failedAudits = categoryIds.flatMap((id) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && id !== 'performance')
      .filter((ref) => {
        const score = lhr.audits[ref.id]?.score;
        return typeof score === 'number' && score < 1;
      })
      .map((ref) => ref.id),
  );
  return {
    scores,
    fcp: numeric('first-contentful-paint'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failedAudits,
    warnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

/** One Lighthouse run in a fresh headless Chromium (its own temporary profile). */
async function runOnce(url: string, preset: Preset): Promise<LighthouseRun> {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', ...chromiumArgs, '--disable-dev-shm-usage'],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categoryIds],
        disableFullPageScreenshot: true,
      },
      configFor(preset),
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    return summarizeRun(lhr);
  } finally {
    chrome.kill();
  }
}

const medianOf = (runs: LighthouseRun[], pick: (run: LighthouseRun) => number | null) => {
  const values = runs.map(pick).filter((v): v is number => v !== null && !Number.isNaN(v));
  return values.length > 0 ? median(values) : Number.NaN;
};

function summarize(
  preset: Preset,
  page: LighthousePage,
  runs: LighthouseRun[],
  errors: string[],
): LighthouseSummary {
  const failedAudits: Record<string, number> = {};
  for (const id of runs.flatMap((run) => run.failedAudits))
    failedAudits[id] = (failedAudits[id] ?? 0) + 1;
  const scores = byCategory((id) => medianOf(runs, (run) => run.scores[id]));
  return {
    preset,
    page: page.name,
    url: page.url,
    runs,
    median: {
      scores,
      fcp: medianOf(runs, (run) => run.fcp),
      lcp: medianOf(runs, (run) => run.lcp),
      tbt: medianOf(runs, (run) => run.tbt),
      cls: medianOf(runs, (run) => run.cls),
      benchmarkIndex: medianOf(runs, (run) => run.benchmarkIndex),
    },
    failedAudits,
    errors,
  };
}

/**
 * `runs` runs per preset and page, one at a time (two cores: parallel runs would disturb each
 * other). The app and the floor alternate, so that drift in the machine's speed hits both alike.
 */
export async function measureLighthouse(
  pages: readonly LighthousePage[],
  runs: number,
  onProgress: (message: string) => void,
): Promise<LighthouseSummary[]> {
  const summaries: LighthouseSummary[] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    const done = pages.map((page) => ({
      page,
      runs: [] as LighthouseRun[],
      errors: [] as string[],
    }));
    for (let i = 0; i < runs; i++) {
      for (const entry of done) {
        const label = `lighthouse ${preset} ${entry.page.name} ${i + 1}/${runs}`;
        try {
          const run = await runOnce(entry.page.url, preset);
          entry.runs.push(run);
          onProgress(
            `${label}: performance ${run.scores.performance}, FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms`,
          );
        } catch (error) {
          entry.errors.push(String(error));
          onProgress(`${label}: failed: ${String(error)}`);
        }
      }
    }
    for (const entry of done)
      summaries.push(summarize(preset, entry.page, entry.runs, entry.errors));
  }
  return summaries;
}
