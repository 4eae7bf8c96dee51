import type { Sizes } from './compression.ts';
import type { HeapPoint } from './heap.ts';
import { ms, type Measurements, type Target } from './targets.ts';

/** Columns two spaces apart; the first left-aligned, the others right-aligned unless `left`. */
export function table(rows: readonly (readonly string[])[], left = false): string {
  const widths = rows.reduce<number[]>(
    (w, row) => row.map((cell, i) => Math.max(w[i] ?? 0, cell.length)),
    [],
  );
  return rows
    .map((row) =>
      row
        .map((cell, i) =>
          i === 0 || left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const gz = (sizes: Sizes) => (sizes.gzip / 1000).toFixed(1);
const all = (sizes: Sizes) =>
  `${(sizes.raw / 1000).toFixed(1)} · ${gz(sizes)} · ${(sizes.brotli / 1000).toFixed(1)}`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function bytesSection(bytes: NonNullable<Measurements['bytes']>) {
  const rows = [
    [
      'route',
      'HTML',
      'CSS block',
      'CSS all',
      'JS block',
      'JS to text',
      'JS to ready',
      'JS to idle',
      'other',
      'text in HTML',
    ],
    ...bytes.map((r) => [
      r.route,
      gz(r.totals.html),
      gz(r.totals.cssBlocking),
      gz(r.totals.css),
      gz(r.totals.jsBlocking),
      r.textAppearedAt === null ? '—' : gz(r.totals.jsBeforeText),
      r.readyAt === null ? '—' : gz(r.totals.jsToReady),
      gz(r.totals.js),
      gz(r.totals.other),
      `ru ${r.textInHtml.ru ? 'yes' : 'no'}, en ${r.textInHtml.en ? 'yes' : 'no'}`,
    ]),
  ];
  const lines = [
    'Bytes per route (kB gzip; "to text": loaded before the article text was in the DOM; "to ready": requested before the app was interactive; "to idle": by network idle, with what the app prefetches when idle)',
    table(rows),
  ];
  const reader = bytes.find((r) => r.route === '/');
  if (reader) {
    lines.push(
      '',
      'Reader route / (kB raw · gzip · brotli)',
      table([
        ['HTML', all(reader.totals.html)],
        ['CSS, render-blocking', all(reader.totals.cssBlocking)],
        ['CSS, all', all(reader.totals.css)],
        ['JS, render-blocking (before first paint)', all(reader.totals.jsBlocking)],
        ['JS, before the article text appeared', all(reader.totals.jsBeforeText)],
        ['JS, requested before the page was interactive', all(reader.totals.jsToReady)],
        ['JS, by network idle (with idle prefetches)', all(reader.totals.js)],
      ]),
    );
  }
  return lines;
}

function lighthouseSection(lighthouse: NonNullable<Measurements['lighthouse']>) {
  const rows: string[][] = [
    [
      'preset / page',
      'runs',
      'perf',
      'a11y',
      'best pr.',
      'SEO',
      'FCP',
      'LCP',
      'TBT',
      'CLS',
      'CPU index',
    ],
  ];
  const notes: string[] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    const app = lighthouse.find((s) => s.preset === preset && s.page === 'app');
    const floor = lighthouse.find((s) => s.preset === preset && s.page === 'floor');
    for (const s of [app, floor]) {
      if (!s) continue;
      const m = s.median;
      rows.push([
        `${preset} ${s.page}`,
        String(s.runs.length),
        ...Object.values(m.scores).map((v) => (Number.isNaN(v) ? '—' : String(v))),
        ms(m.fcp),
        ms(m.lcp),
        ms(m.tbt),
        Number.isNaN(m.cls) ? '—' : m.cls.toFixed(3),
        Number.isNaN(m.benchmarkIndex) ? '—' : String(Math.round(m.benchmarkIndex)),
      ]);
      const failed = Object.entries(s.failedAudits).map(
        ([id, n]) => `${id} (${n}/${s.runs.length})`,
      );
      if (failed.length > 0) notes.push(`${preset} ${s.page} lost points on: ${failed.join(', ')}`);
      for (const error of s.errors) notes.push(`${preset} ${s.page} run failed: ${error}`);
    }
    if (app && floor) {
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
      rows.push([
        `${preset} ours/floor`,
        '',
        '',
        '',
        '',
        '',
        ratio(app.median.fcp, floor.median.fcp),
        ratio(app.median.lcp, floor.median.lcp),
        '',
        '',
        '',
      ]);
    }
  }
  return [
    'Lighthouse 12, devtools throttling, medians (ms; scores 0–100; CPU index = benchmarkIndex)',
    table(rows),
    ...notes,
  ];
}

function interactionsSection(interactions: NonNullable<Measurements['interactions']>) {
  return [
    'Interactions: input → first painted frame with the result (ms)',
    table([
      ['interaction', 'n', 'median', 'p95', 'max', 'Event Timing ≥ 16 ms'],
      ...interactions.map((i) => [
        i.description,
        String(i.toPaint.n),
        i.toPaint.median.toFixed(1),
        i.toPaint.p95.toFixed(1),
        i.toPaint.max.toFixed(1),
        `${i.eventTiming.over16ms}/${i.toPaint.n}` +
          (i.eventTiming.max === null ? '' : `, max ${i.eventTiming.max}`),
      ]),
    ]),
    'Event Timing (Chromium, to presentation, rounded to 8 ms) is shown as a cross-check only.',
    ...interactions.flatMap((i) => (i.error ? [`${i.description} failed: ${i.error}`] : [])),
  ];
}

function heapSection(heap: NonNullable<Measurements['heap']>) {
  const row = (label: string, p: HeapPoint) => [
    label,
    mb(p.usedBytes),
    String(p.domNodes),
    String(p.eventListeners),
  ];
  const { half } = heap;
  return [
    'JS heap after a full GC',
    table([
      ['', 'used', 'DOM nodes', 'listeners'],
      row('after load', heap.afterLoad),
      row('after 4 switches', heap.afterFirstRound),
      row(`after ${half} switches`, heap.afterHalf),
      row(`after ${heap.switches} switches`, heap.afterSwitches),
    ]),
    `growth ${mb(heap.growthBytes)} (${(heap.growthRatio * 100).toFixed(1)} %); ` +
      `from switch ${half} to ${heap.switches}: ${Math.round(heap.bytesPerSwitchLate)} B per switch`,
  ];
}

function targetsSection(targets: readonly Target[]) {
  const mark = (pass: boolean | null) => (pass === null ? 'n/a ' : pass ? 'pass' : 'MISS');
  return [
    'Targets',
    table(
      targets.map((t) => [`${mark(t.pass)}  ${t.label}`, t.goal, t.measured]),
      true,
    ),
  ];
}

export function formatReport(header: string, m: Measurements, targets: readonly Target[]) {
  const sections = [
    [header],
    m.bytes && bytesSection(m.bytes),
    m.lighthouse && lighthouseSection(m.lighthouse),
    m.interactions && interactionsSection(m.interactions),
    m.heap && heapSection(m.heap),
    targetsSection(targets),
  ];
  return sections
    .filter((s): s is string[] => s !== undefined)
    .map((s) => s.join('\n'))
    .join('\n\n');
}
