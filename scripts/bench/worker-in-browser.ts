import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { chromiumArgs, findBrowser } from '../browser.mjs';
import { handAlignedDocuments } from '../../src/features/import/test-set/documents.ts';
import { synthesise } from '../../src/features/import/test-set/synthesise.ts';

export type BrowserTiming = {
  size: number;
  /** Whole import in the module worker (build-article), from postMessage to the result, median of 3. */
  workerMs: number;
  /** The longest the page's main thread went without running a 10 ms timer during the job. */
  longestMainThreadGapMs: number;
  progressMessages: number;
};

const root = fileURLToPath(new URL('../../', import.meta.url));

const page = `<!doctype html><meta charset="utf-8"><script type="module">
import { createAlignClient } from './client.js';
const data = await (await fetch('./data.json')).json();
const client = createAlignClient();
const results = [];
for (const { size, ru, en } of data) {
  const title = { ru: 'Тест', en: 'Test' };
  await client.align({ ru, en, title, date: '2026' }); // warm up
  const runs = [];
  let gap = 0;
  let progress = 0;
  for (let run = 0; run < 3; run++) {
    let last = performance.now();
    const timer = setInterval(() => { const now = performance.now(); gap = Math.max(gap, now - last); last = now; }, 10);
    const started = performance.now();
    await client.align({ ru, en, title, date: '2026' }, { onProgress: () => progress++ });
    runs.push(performance.now() - started);
    clearInterval(timer);
  }
  runs.sort((a, b) => a - b);
  results.push({ size, workerMs: runs[1], longestMainThreadGapMs: gap, progressMessages: Math.round(progress / 3) });
}
window.results = results;
</script>`;

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
};

/**
 * Times the whole import in a real module Web Worker in Chromium: builds the client and worker
 * with Vite, serves them on 127.0.0.1, and runs each size there. Undefined when no browser is found.
 */
export async function timeInBrowserWorker(sizes: number[]): Promise<BrowserTiming[] | undefined> {
  const browserPath = findBrowser()?.path;
  if (!browserPath) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'align-bench-'));
  const server = createServer((request, response) => {
    const path = join(
      dir,
      (request.url ?? '/').split('?')[0] === '/' ? 'index.html' : (request.url ?? ''),
    );
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  });
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      root,
      resolve: { alias: { '@/': join(root, 'src/') } },
      build: {
        outDir: dir,
        emptyOutDir: false,
        lib: {
          entry: join(root, 'src/features/import/worker/align-client.ts'),
          formats: ['es'],
          fileName: 'client',
        },
      },
    });
    const data = sizes.map((size) => {
      const document = synthesise(handAlignedDocuments, {
        paragraphs: size,
        sentencesPerParagraph: 10,
        damage: 0.04,
        seed: size,
      });
      return { size, ru: document.ru, en: document.en };
    });
    writeFileSync(join(dir, 'data.json'), JSON.stringify(data));
    writeFileSync(join(dir, 'index.html'), page);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const browser = await chromium.launch({ executablePath: browserPath, args: chromiumArgs });
    try {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${port}/`);
      await tab.waitForFunction(() => 'results' in window, undefined, { timeout: 300_000 });
      return await tab.evaluate(() => (window as unknown as { results: BrowserTiming[] }).results);
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
