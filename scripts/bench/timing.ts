import { handAlignedDocuments } from '../../src/features/import/test-set/documents.ts';
import { synthesise } from '../../src/features/import/test-set/synthesise.ts';
import { evaluateOurs } from '../../src/features/import/test-set/run-aligner.ts';
import { alignTexts } from '../../src/features/import/utils/align-texts.ts';
import { buildArticle } from '../../src/features/import/utils/build-article.ts';
import { normaliseText } from '../../src/features/import/utils/normalise-text.ts';
import { splitParagraphs } from '../../src/features/import/utils/split-paragraphs.ts';

export type Timing = {
  paragraphs: { ru: number; en: number };
  sentences: number;
  alignMs: number;
  /** CPU time of the process (all its threads) for the same run: steadier than wall time on a busy machine. */
  alignCpuMs: number;
  buildMs: number;
  buildCpuMs: number;
  peakHeapMb: number;
  sentenceF1: number;
  paragraphF1: number;
};

const gc = (globalThis as { gc?: () => void }).gc;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Times our aligner on a synthetic document of `size` paragraphs of 10 sentences per side, and
 * samples the heap at each progress report (about 50 per run) for its peak above the baseline.
 */
export function time(size: number): Timing {
  const document = synthesise(handAlignedDocuments, {
    paragraphs: size,
    sentencesPerParagraph: 10,
    damage: 0.04,
    seed: size,
  });
  const ru = splitParagraphs(normaliseText(document.ru));
  const en = splitParagraphs(normaliseText(document.en));
  alignTexts(ru, en); // warm up the JIT
  const runs: number[] = [];
  const cpuRuns: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let peak = 0;
  for (let run = 0; run < 3; run++) {
    gc?.();
    const base = process.memoryUsage().heapUsed;
    const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed - base));
    const started = performance.now();
    const cpu = process.cpuUsage();
    alignTexts(ru, en, { onProgress: sample });
    runs.push(performance.now() - started);
    cpuRuns.push(cpuMs(cpu));
    sample();
  }
  // The whole import, as the worker runs it: median of three runs too.
  const buildRuns: number[] = [];
  const buildCpuRuns: number[] = [];
  for (let run = 0; run < 3; run++) {
    gc?.();
    const started = performance.now();
    const cpu = process.cpuUsage();
    buildArticle({
      ru: document.ru,
      en: document.en,
      title: { ru: 'Тест', en: 'Test' },
      date: '2026',
    });
    buildRuns.push(performance.now() - started);
    buildCpuRuns.push(cpuMs(cpu));
  }
  const buildMs = median(buildRuns);
  const buildCpuMs = median(buildCpuRuns);
  const scores = evaluateOurs(document);
  return {
    paragraphs: { ru: ru.length, en: en.length },
    sentences: document.sentenceLinks.length,
    alignMs: median(runs),
    alignCpuMs: median(cpuRuns),
    buildMs,
    buildCpuMs,
    peakHeapMb: peak / 2 ** 20,
    sentenceF1: scores.sentences.f1,
    paragraphF1: scores.paragraphs.f1,
  };
}
