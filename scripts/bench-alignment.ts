// Alignment benchmark: precision, recall and F1 of paragraph and sentence links on the
// hand-aligned test set and the curated article, for our aligner, a position baseline and
// hunalign; then time and peak heap of our aligner on long synthetic documents.
// Run: npm run bench:alignment (writes bench-results/alignment.json).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import authored from '../src/content/articles/stufft-astana-press-conference/article.json' with { type: 'json' };
import {
  handAlignedDocuments,
  heldOutDocuments,
} from '../src/features/import/test-set/documents.ts';
import { scoreLinks, sumScores, type Score } from '../src/features/import/test-set/evaluate.ts';
import { goldOfCuratedArticle } from '../src/features/import/test-set/gold.ts';
import { evaluateOurs } from '../src/features/import/test-set/run-aligner.ts';
import type { GoldDocument, TextLink } from '../src/features/import/test-set/test-set-schema.ts';
import { hunalignLinks } from './bench/hunalign.ts';
import { inputsOf } from './bench/inputs.ts';
import { positionBaseline } from './bench/position-baseline.ts';
import { time } from './bench/timing.ts';
import { timeInBrowserWorker } from './bench/worker-in-browser.ts';

type Links = { paragraphLinks: TextLink[]; sentenceLinks: TextLink[] };
type System = { name: string; run: (document: GoldDocument) => Promise<Links> | Links };

const source = readFileSync(
  new URL('../src/content/articles/stufft-astana-press-conference/source.ru.txt', import.meta.url),
  'utf8',
);
const sets = {
  'hand-aligned test set': handAlignedDocuments,
  'held-out set (not used for tuning)': heldOutDocuments,
  'curated article': [goldOfCuratedArticle(authored, source)],
};

const systems: System[] = [
  { name: 'ours', run: () => ({ paragraphLinks: [], sentenceLinks: [] }) }, // scored below
  { name: 'position baseline', run: (d) => positionBaseline(inputsOf(d)) },
  { name: 'hunalign (UTF-8 bytes)', run: (d) => hunalignLinks(inputsOf(d), 'bytes') },
  { name: 'hunalign (Russian transliterated)', run: (d) => hunalignLinks(inputsOf(d), 'translit') },
];

async function score(system: System, documents: GoldDocument[]) {
  const perDocument = await Promise.all(
    documents.map(async (document) => {
      if (system.name === 'ours') return evaluateOurs(document);
      const links = await system.run(document);
      return {
        paragraphs: scoreLinks(document.paragraphLinks, links.paragraphLinks),
        sentences: scoreLinks(document.sentenceLinks, links.sentenceLinks),
      };
    }),
  );
  return {
    paragraphs: sumScores(perDocument.map((s) => s.paragraphs)),
    sentences: sumScores(perDocument.map((s) => s.sentences)),
  };
}

const f = (score: Score) =>
  `P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}`;

const quality: Record<string, Record<string, { paragraphs: Score; sentences: Score }>> = {};
for (const [setName, documents] of Object.entries(sets)) {
  quality[setName] = {};
  const gold = documents.flatMap((d) => d.sentenceLinks).length;
  const paragraphs = documents.flatMap((d) => d.paragraphLinks).length;
  console.log(
    `\n${setName}: ${documents.length} documents, ${paragraphs} paragraph links, ${gold} sentence links`,
  );
  for (const system of systems) {
    const result = await score(system, documents);
    quality[setName][system.name] = result;
    console.log(
      `  ${system.name.padEnd(34)} paragraphs ${f(result.paragraphs)}   sentences ${f(result.sentences)}`,
    );
  }
}

// Timings depend on what else the machine is doing: the load average is recorded with them.
const machine = { cpus: cpus().length, loadBefore: loadavg()[0] };
console.log(
  `\nspeed and memory (ours, synthetic: 10 sentences per paragraph, 4% damaged paragraphs; ` +
    `${machine.cpus} CPUs, load average ${machine.loadBefore?.toFixed(1)})`,
);
const timings = [500, 1000, 2000].map((size) => {
  const timing = time(size);
  console.log(
    `  ${String(size).padStart(4)} paragraphs/side, ${timing.sentences} sentence links: ` +
      `align ${timing.alignMs.toFixed(0)} ms (CPU ${timing.alignCpuMs.toFixed(0)} ms), ` +
      `whole import ${timing.buildMs.toFixed(0)} ms (CPU ${timing.buildCpuMs.toFixed(0)} ms), ` +
      `peak heap +${timing.peakHeapMb.toFixed(1)} MB, F1 paragraphs ${timing.paragraphF1.toFixed(3)} sentences ${timing.sentenceF1.toFixed(3)}`,
  );
  return { size, ...timing };
});

console.log('\nthe whole import in a module Web Worker in Chromium (median of 3 after a warm-up)');
const browser = await timeInBrowserWorker([500, 1000, 2000]);
if (!browser) console.log('  skipped: no Chromium or Chrome found (see scripts/browser.mjs)');
for (const timing of browser ?? []) {
  console.log(
    `  ${String(timing.size).padStart(4)} paragraphs/side: ${timing.workerMs.toFixed(0)} ms in the worker, ` +
      `longest main-thread gap ${timing.longestMainThreadGapMs.toFixed(0)} ms, ${timing.progressMessages} progress messages`,
  );
}

mkdirSync(new URL('../bench-results/', import.meta.url), { recursive: true });
const output = new URL('../bench-results/alignment.json', import.meta.url);
writeFileSync(
  output,
  `${JSON.stringify({ node: process.version, machine, loadAfter: loadavg()[0], gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function', quality, timings, browser: browser ?? null }, null, 2)}\n`,
);
console.log(`\nwrote ${output.pathname}`);
