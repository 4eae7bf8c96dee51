import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page, Response } from '@playwright/test';
import { newContext } from './browser.ts';
import { noBytes, sizesOf, sumSizes, type Sizes } from './compression.ts';
import { paragraphText, readArticle } from './floor.ts';

type Kind = 'html' | 'css' | 'js' | 'data' | 'other';

export type ResourceBytes = {
  path: string;
  kind: Kind;
  status: number;
  /** Chromium's own verdict (Resource Timing `renderBlockingStatus`). */
  renderBlocking: boolean;
  /** Finished loading before the article's first sentence was in the DOM. */
  beforeText: boolean;
  /** Requested before the app said it was interactive (hydrated, settings applied, painted). */
  beforeReady: boolean;
  /** Bytes on the wire as the server negotiated them (br from this server). */
  transferred: number;
  sizes: Sizes;
};

export type RouteBytes = {
  route: string;
  resources: ResourceBytes[];
  /** The article's first sentence (Russian and English) is in the served HTML itself. */
  textInHtml: { ru: boolean; en: boolean };
  /** Classic scripts in <head> without async/defer, as written in the served HTML. */
  blockingScriptsInHtml: string[];
  /** Milliseconds from navigation start until the article's first sentence was in the DOM. */
  textAppearedAt: number | null;
  /** Milliseconds from navigation start until the app's `parallel-reader:ready` mark. */
  readyAt: number | null;
  totals: {
    html: Sizes;
    cssBlocking: Sizes;
    css: Sizes;
    jsBlocking: Sizes;
    jsBeforeText: Sizes;
    /** JS the route needs: requested before the page was interactive. */
    jsToReady: Sizes;
    /** Everything by network idle, including what the app prefetches once idle. */
    js: Sizes;
    other: Sizes;
  };
  /** JS needed before the article text can paint: 0 when the text is in the HTML and no script blocks. */
  jsNeededBeforeText: Sizes;
};

const kindOf = (type: string): Kind =>
  type === 'document'
    ? 'html'
    : type === 'stylesheet'
      ? 'css'
      : type === 'script'
        ? 'js'
        : type === 'fetch' || type === 'xhr'
          ? 'data'
          : 'other';

/** The routes to measure: the app's own, plus every prerendered page found in dist/. */
export function routesToMeasure(distDir: string, articleId: string) {
  const routes = new Set(['/', `/articles/${articleId}`, '/vocabulary', '/practice']);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  for (const file of walk(distDir)) {
    if (!file.endsWith('.html') || file === join(distDir, 'index.html')) continue;
    const path = relative(distDir, file).split(sep).join('/');
    routes.add('/' + path.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, ''));
  }
  return [...routes];
}

/** Records the moment the needle first appears in the page's text (runs in the page). */
function watchForText(needle: string) {
  const found = () => {
    if (!document.body) return false;
    // Text nodes only, not the contents of scripts or templates (which could hold the article as data).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.parentElement?.closest('script, style, template, noscript')
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.nodeValue;
    return text.replace(/\s+/g, ' ').includes(needle);
  };
  const observer = new MutationObserver(() => {
    if (!found()) return;
    Reflect.set(window, '__benchTextAt', performance.now());
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Parses served HTML without running it: its parser-blocking head scripts and its text. */
function inspectHtml(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Classic scripts (no type, or a JavaScript MIME type) without async or defer block parsing.
  const classic = ['', 'text/javascript', 'application/javascript'];
  const blockingScripts = Array.from(doc.head.querySelectorAll('script'))
    .filter((script) => !script.hasAttribute('async') && !script.hasAttribute('defer'))
    .filter((script) => classic.includes((script.getAttribute('type') ?? '').trim().toLowerCase()))
    .map((script) => script.getAttribute('src') ?? '(inline)');
  for (const hidden of doc.querySelectorAll('script, style, template, noscript')) hidden.remove();
  return { text: (doc.body?.textContent ?? '').replace(/\s+/g, ' '), blockingScripts };
}

async function resourceTimings(page: Page) {
  return page.evaluate(() => ({
    textAt: Number(Reflect.get(window, '__benchTextAt') ?? Number.NaN),
    readyAt:
      performance.getEntriesByName('parallel-reader:ready', 'mark')[0]?.startTime ?? Number.NaN,
    entries: performance.getEntriesByType('resource').map((entry) => ({
      name: entry.name,
      startTime: entry.startTime,
      responseEnd: (entry as PerformanceResourceTiming).responseEnd,
      blocking: 'renderBlockingStatus' in entry && entry.renderBlockingStatus === 'blocking',
    })),
  }));
}

async function measureRoute(browser: Browser, origin: string, route: string, needles: Needles) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForText, needles.ru);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.goto(origin + route, { waitUntil: 'networkidle' });
    // Pages without the app's script never become ready; give the mark a moment otherwise.
    await page
      .waitForFunction(
        () => performance.getEntriesByName('parallel-reader:ready').length > 0,
        null,
        {
          timeout: 5_000,
        },
      )
      .catch(() => {});
    const timings = await resourceTimings(page);
    const textAt = Number.isNaN(timings.textAt) ? null : timings.textAt;
    const readyAt = Number.isNaN(timings.readyAt) ? null : timings.readyAt;

    const resources: ResourceBytes[] = [];
    let html = '';
    for (const response of responses) {
      const url = new URL(response.url());
      if (url.origin !== origin) continue;
      const body = await response.body().catch(() => Buffer.alloc(0));
      const kind = kindOf(response.request().resourceType());
      if (kind === 'html' && !html) html = body.toString('utf8');
      const timing = timings.entries.find((entry) => entry.name === response.url());
      resources.push({
        path: url.pathname + url.search,
        kind,
        status: response.status(),
        renderBlocking: timing?.blocking ?? false,
        beforeText:
          kind === 'html' ||
          (textAt !== null && timing !== undefined && timing.responseEnd <= textAt),
        beforeReady:
          kind === 'html' ||
          readyAt === null ||
          (timing !== undefined && timing.startTime <= readyAt),
        transferred: (await response.request().sizes()).responseBodySize,
        sizes: sizesOf(body),
      });
    }
    // Parsed in a blank page: the app's own Trusted Types policy (rightly) refuses DOMParser there.
    const blank = await page.context().newPage();
    const inspected = await blank.evaluate(inspectHtml, html);
    await blank.close();
    const textInHtml = {
      ru: inspected.text.includes(needles.ru),
      en: inspected.text.includes(needles.en),
    };
    const total = (filter: (r: ResourceBytes) => boolean) =>
      sumSizes(resources.filter(filter).map((r) => r.sizes));
    const totals = {
      html: total((r) => r.kind === 'html'),
      cssBlocking: total((r) => r.kind === 'css' && r.renderBlocking),
      css: total((r) => r.kind === 'css'),
      jsBlocking: total((r) => r.kind === 'js' && r.renderBlocking),
      jsBeforeText: textAt === null ? noBytes : total((r) => r.kind === 'js' && r.beforeText),
      jsToReady: total((r) => r.kind === 'js' && r.beforeReady),
      js: total((r) => r.kind === 'js'),
      other: total((r) => r.kind === 'data' || r.kind === 'other'),
    };
    const textServed = textInHtml.ru && textInHtml.en;
    return {
      route,
      resources,
      textInHtml,
      blockingScriptsInHtml: inspected.blockingScripts,
      textAppearedAt: textAt,
      readyAt,
      totals,
      jsNeededBeforeText: textServed ? totals.jsBlocking : totals.jsBeforeText,
    } satisfies RouteBytes;
  } finally {
    await context.close();
  }
}

type Needles = { ru: string; en: string };

/** The article's first sentence on each side: what "the article text is painted" looks for. */
export function articleNeedles(): Needles {
  const first = readArticle().paragraphs[0];
  if (!first) throw new Error('the article has no paragraphs');
  // Whitespace collapsed as the page text is, so that a no-break space still matches.
  const sentence = (side: 'ru' | 'en') =>
    (first.groups[0]?.[side][0] ?? paragraphText(first, side)).replace(/\s+/g, ' ');
  return { ru: sentence('ru'), en: sentence('en') };
}

export async function measureBytes(browser: Browser, origin: string, routes: readonly string[]) {
  const needles = articleNeedles();
  const results: RouteBytes[] = [];
  for (const route of routes) results.push(await measureRoute(browser, origin, route, needles));
  return results;
}
