import type { RouteBytes } from './bytes.ts';
import type { HeapResult } from './heap.ts';
import type { InteractionResult } from './interactions.ts';
import type { LighthouseSummary } from './lighthouse.ts';

export type Target = {
  label: string;
  goal: string;
  measured: string;
  /** null: not measured in this run (section skipped or failed). */
  pass: boolean | null;
};

export type Measurements = {
  bytes?: RouteBytes[];
  lighthouse?: LighthouseSummary[];
  interactions?: InteractionResult[];
  heap?: HeapResult;
};

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) => (Number.isNaN(value) ? '—' : `${value.toFixed(1)} ms`);
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

const notMeasured = (label: string, goal: string): Target => ({
  label,
  goal,
  measured: 'not measured',
  pass: null,
});

function bytesTargets(bytes: RouteBytes[] | undefined): Target[] {
  const reader = bytes?.find((route) => route.route === '/');
  const labels = [
    ['JS before first paint of the article text', '0 B (text in the HTML)'],
    ['JS for the reader route, gzip', '≤ 110 kB'],
    ['CSS for the reader route, gzip', '≤ 15 kB'],
  ] as const;
  if (!reader) return labels.map(([label, goal]) => notMeasured(label, goal));
  const { textInHtml, totals, jsNeededBeforeText, blockingScriptsInHtml } = reader;
  const textServed = textInHtml.ru && textInHtml.en;
  return [
    {
      label: labels[0][0],
      goal: labels[0][1],
      measured:
        `${kB(jsNeededBeforeText.gzip)} gzip needed; text in HTML: ru ${yesNo(textInHtml.ru)}, ` +
        `en ${yesNo(textInHtml.en)}; blocking scripts: ${blockingScriptsInHtml.length}`,
      pass: textServed && totals.jsBlocking.raw === 0 && blockingScriptsInHtml.length === 0,
    },
    {
      label: labels[1][0],
      goal: labels[1][1],
      measured:
        reader.readyAt === null
          ? `${kB(totals.js.gzip)} (the page never said it was ready)`
          : `${kB(totals.jsToReady.gzip)} to interactive; ${kB(totals.js.gzip)} with idle prefetches`,
      pass: reader.readyAt !== null && totals.jsToReady.gzip <= 110_000,
    },
    {
      label: labels[2][0],
      goal: labels[2][1],
      measured: kB(totals.css.gzip),
      pass: totals.css.gzip <= 15_000,
    },
  ];
}

function lighthouseTargets(lighthouse: LighthouseSummary[] | undefined): Target[] {
  const app = lighthouse?.find((s) => s.preset === 'mobile' && s.page === 'app');
  const floor = lighthouse?.find((s) => s.preset === 'mobile' && s.page === 'floor');
  const score = (
    label: string,
    id: keyof LighthouseSummary['median']['scores'],
    min: number,
  ): Target => {
    const goal = min === 100 ? '100' : `≥ ${min}`;
    if (!app || app.runs.length === 0) return notMeasured(`Lighthouse mobile ${label}`, goal);
    const value = app.median.scores[id];
    return {
      label: `Lighthouse mobile ${label}`,
      goal,
      measured: `${value} (floor ${floor?.median.scores[id] ?? '—'})`,
      pass: value >= min,
    };
  };
  const cls: Target =
    app && app.runs.length > 0
      ? {
          label: 'Lighthouse mobile CLS',
          goal: '0',
          measured: app.median.cls.toFixed(3),
          pass: app.median.cls === 0,
        }
      : notMeasured('Lighthouse mobile CLS', '0');
  const ratio = app && floor ? app.median.lcp / floor.median.lcp : Number.NaN;
  const lcp: Target = Number.isNaN(ratio)
    ? notMeasured('Lighthouse mobile LCP vs plain-HTML floor', '≤ 1.25×')
    : {
        label: 'Lighthouse mobile LCP vs plain-HTML floor',
        goal: '≤ 1.25×',
        measured: `${ratio.toFixed(2)}× (${ms(app?.median.lcp ?? Number.NaN)} vs ${ms(floor?.median.lcp ?? Number.NaN)})`,
        pass: ratio <= 1.25,
      };
  return [
    score('Performance', 'performance', 98),
    score('Accessibility', 'accessibility', 100),
    score('Best Practices', 'best-practices', 100),
    score('SEO', 'seo', 100),
    cls,
    lcp,
  ];
}

function interactionTargets(interactions: InteractionResult[] | undefined): Target[] {
  if (!interactions) return [notMeasured('Interactions', 'median < 16 ms, p95 < 50 ms')];
  return interactions.flatMap(({ description, toPaint, error }) => {
    const target = (label: string, goal: string, value: number, limit: number): Target =>
      error === undefined
        ? { label, goal, measured: ms(value), pass: value < limit }
        : { label, goal, measured: `failed: ${error}`, pass: null };
    return [
      target(`${description}: median`, '< 16 ms', toPaint.median, 16),
      target(`${description}: p95`, '< 50 ms', toPaint.p95, 50),
    ];
  });
}

function heapTarget(heap: HeapResult | undefined): Target {
  const label = 'JS heap growth after 100 view-mode switches';
  const goal = '< 10 % or < 1 MB';
  if (!heap) return notMeasured(label, goal);
  return {
    label,
    goal,
    measured: `${heap.growthBytes >= 0 ? '+' : ''}${(heap.growthBytes / 1e6).toFixed(2)} MB (${(heap.growthRatio * 100).toFixed(1)} %)`,
    pass: heap.growthRatio < 0.1 || heap.growthBytes < 1_000_000,
  };
}

export const evaluateTargets = (m: Measurements): Target[] => [
  ...bytesTargets(m.bytes),
  ...lighthouseTargets(m.lighthouse),
  ...interactionTargets(m.interactions),
  heapTarget(m.heap),
];
