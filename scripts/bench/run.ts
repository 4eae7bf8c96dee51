/**
 * `npm run bench`: builds the app, serves dist/ on 127.0.0.1, measures bytes, Lighthouse (with a
 * plain-HTML floor), interaction latency and heap, prints a table with pass/miss per target and
 * writes everything to bench-results/bench.json. A benchmark, not a test: it exits 0 even when a
 * target is missed, and 1 only when it could not measure. See docs/decisions/0004-benchmark.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser.ts';
import { buildApp } from './build.ts';
import { measureBytes, routesToMeasure } from './bytes.ts';
import { writeFloor } from './floor.ts';
import { measureHeap } from './heap.ts';
import { measureInteractions } from './interactions.ts';
import { measureLighthouse } from './lighthouse.ts';
import { parseOptions, type Section } from './options.ts';
import { formatReport } from './report.ts';
import { serveStatic } from './server.ts';
import { evaluateTargets, type Measurements } from './targets.ts';

const articleId = 'stufft-astana-press-conference';
const started = Date.now();
const load = () => loadavg()[0] ?? 0;
const loadAverage = { start: load(), max: load(), end: 0 };
const loadSampler = setInterval(() => (loadAverage.max = Math.max(loadAverage.max, load())), 5_000);
loadSampler.unref();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const log = (message: string) => console.log(`[bench ${elapsed()}] ${message}`);

const options = parseOptions(process.argv.slice(2));
const wanted = (section: Section) => options.only.has(section);
const measurements: Measurements = {};
const sectionLoad: Partial<Record<Section, number>> = {};
const errors: string[] = [];

/** Runs one section; a failure is recorded and reported, and the other sections still run. */
async function section<T>(name: Section, run: () => Promise<T>): Promise<T | undefined> {
  if (!wanted(name)) return undefined;
  sectionLoad[name] = load();
  log(`${name}… (load average ${load().toFixed(1)})`);
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors.push(`${name}: ${message}`);
    log(`${name} failed: ${message}`);
    return undefined;
  }
}

/**
 * Interaction timings are a few milliseconds: the build that ran just before (tsc, Vite, the
 * prerender, all CPU-bound) must not be running down while they are taken. Waits until the
 * one-minute load average is under one CPU's worth, for a minute at most, and says so.
 */
async function settleAfterBuild(limitMs = 60_000) {
  const until = Date.now() + limitMs;
  if (load() < 1) return;
  log(`waiting for the machine to settle after the build (load average ${load().toFixed(1)})…`);
  while (load() >= 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 2_000));
  log(`load average ${load().toFixed(1)}`);
}

mkdirSync(options.outDir, { recursive: true });
const floorDir = writeFloor(join(options.outDir, 'floor'));
// The server reads files per request, so it can start first: the build then knows its origin.
const server = await serveStatic('dist', [{ prefix: '/floor/', dir: floorDir }]);
if (options.build) {
  log('building (npm run build)…');
  buildApp(server.origin);
}
log(`serving dist/ and the floor page at ${server.origin}`);
let chromiumVersion = '';
try {
  if (wanted('bytes') || wanted('interactions') || wanted('heap')) {
    const browser = await launchChromium();
    chromiumVersion = browser.version();
    try {
      measurements.bytes = await section('bytes', () =>
        measureBytes(browser, server.origin, [...routesToMeasure('dist', articleId), '/floor/']),
      );
      if (options.build && wanted('interactions')) await settleAfterBuild();
      measurements.interactions = await section('interactions', () =>
        measureInteractions(browser, server.origin, { samples: options.samples, warmups: 3 }),
      );
      measurements.heap = await section('heap', () => measureHeap(browser, server.origin, 100));
    } finally {
      await browser.close(); // before Lighthouse: two cores, one browser at a time
    }
  }
  measurements.lighthouse = await section('lighthouse', () =>
    measureLighthouse(
      [
        { name: 'app', url: `${server.origin}/` },
        { name: 'floor', url: `${server.origin}/floor/` },
      ],
      options.runs,
      log,
    ),
  );
} finally {
  await server.close();
}

const targets = evaluateTargets(measurements);
const meta = {
  date: new Date(started).toISOString(),
  durationSeconds: Math.round((Date.now() - started) / 1000),
  node: process.version,
  chromium: chromiumVersion,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? '',
  lighthouseRuns: options.runs,
  interactionSamples: options.samples,
  /** One-minute load averages: other work on the machine inflates every timing. */
  loadAverage: { ...loadAverage, end: load(), atSectionStart: sectionLoad },
};
clearInterval(loadSampler);
const busy = Math.max(meta.loadAverage.max, meta.loadAverage.end) > meta.cpus;
const header =
  `Parallel Reader benchmark — ${meta.date} — ${meta.durationSeconds} s\n` +
  `node ${meta.node}, Chromium ${meta.chromium || '(not launched)'}, ${meta.cpus} CPUs (${meta.cpuModel}), ` +
  `${options.runs} Lighthouse run(s) per preset and page, ${options.samples} samples per interaction\n` +
  `load average (1 min) ${meta.loadAverage.start.toFixed(1)} at start, ` +
  `${meta.loadAverage.max.toFixed(1)} at most, ${meta.loadAverage.end.toFixed(1)} at end` +
  (busy ? ` — BUSY MACHINE (more than ${meta.cpus} CPUs' worth): timings are inflated` : '');
console.log(`\n${formatReport(header, measurements, targets)}`);
const file = join(options.outDir, 'bench.json');
writeFileSync(
  file,
  JSON.stringify(
    { meta, options: { ...options, only: [...options.only] }, ...measurements, targets, errors },
    null,
    2,
  ),
);
console.log(`\nResults: ${file}`);
if (errors.length > 0) {
  console.log(`\n${errors.length} section(s) could not be measured:\n${errors.join('\n')}`);
  process.exitCode = 1;
}
