/**
 * Settings for the first paint of the next visit. The prerendered pages show the default look; the
 * service worker writes a returning reader's theme, text size, line spacing and view onto the
 * `<html>` tag of each page it serves, and serves the Russian page to a reader who chose Russian,
 * from what the pages stored here (decision record 14). The worker's side is
 * `scripts/sw/first-paint.mjs`.
 */

/** Cache Storage is what a service worker can read (localStorage is not). */
const cacheName = 'parallel-reader-preferences';
const key = '/first-paint-preferences';

/** The settings, as the worker expects them; a setting at its default is left out. */
export type FirstPaintPreferences = Partial<
  Record<'theme' | 'fontSize' | 'lineSpacing' | 'view' | 'language', string>
>;

/** Who reports which settings: the reader's display settings, the interface language. */
type Part = 'reader' | 'interface';
const parts: Partial<Record<Part, FirstPaintPreferences>> = {};

/** The attributes the worker writes that only hold until the app applies the settings itself. */
export const firstPaintOnlyAttributes = [
  'data-first-font-size',
  'data-first-line-spacing',
  'data-first-view',
];

let lastWritten: string | undefined;

/**
 * Stores one part's settings for the next visit, with the other part's as last reported. Best
 * effort: without Cache Storage, pages show the defaults first.
 */
export async function rememberForFirstPaint(
  part: Part,
  preferences: FirstPaintPreferences,
): Promise<void> {
  parts[part] = preferences;
  const body = JSON.stringify({ ...parts.reader, ...parts.interface });
  if (body === lastWritten || typeof caches === 'undefined') return;
  lastWritten = body;
  try {
    const cache = await caches.open(cacheName);
    await cache.put(key, new Response(body, { headers: { 'content-type': 'application/json' } }));
  } catch {
    // Storage off or full: the next visit paints the defaults first, then the app applies these.
    lastWritten = undefined;
  }
}

/** Hands the look over to the app: its own attributes and styles now say the same. */
export function clearFirstPaintAttributes(root: HTMLElement = document.documentElement) {
  for (const name of firstPaintOnlyAttributes) root.removeAttribute(name);
}
