// A returning reader's display settings, written by the service worker onto the <html> start tag
// of the pages it serves, so that the first paint already shows them (decision record 14).
// generate-sw.mjs copies these functions into dist/sw.js; they use nothing from outside.

/** The settings a page stores for its first paint, and the attribute each becomes on <html>. */
export const firstPaintAttributes = {
  theme: 'data-theme',
  fontSize: 'data-first-font-size',
  lineSpacing: 'data-first-line-spacing',
  view: 'data-first-view',
};

/** The reader's view modes: a `?view=` in the address wins over the saved one, as in the app. */
export const firstPaintViews = ['both', 'ru', 'en', 'interleaved'];

/** The stored settings if they are a plain record (as the page stores them), else none. */
export function storedRecord(preferences) {
  return typeof preferences === 'object' && preferences !== null && !Array.isArray(preferences)
    ? preferences
    : {};
}

/** The stored settings with the view the address asks for, if it names one. */
export function withViewOf(address, preferences) {
  const view = new URL(address).searchParams.get('view');
  if (!firstPaintViews.includes(view)) return preferences;
  return { ...storedRecord(preferences), view };
}

/**
 * The address of the page to serve for a navigation to `address`: for a reader who chose Russian
 * for the interface, the Russian page (`/ru/…`) when one is prerendered (in `pages`), so that it
 * is in Russian from the start, as the app would make it. The address's own language (`?lng=`, a
 * `/ru/` path) wins, as in the app.
 */
export function pageAddressFor(address, preferences, pages) {
  const stored = storedRecord(preferences);
  const language = Object.hasOwn(stored, 'language') ? stored.language : undefined;
  const url = new URL(address);
  if (language !== 'ru' || url.searchParams.has('lng')) return address;
  if (url.pathname === '/ru' || url.pathname.startsWith('/ru/')) return address;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (!pages.includes(`/ru${path}`)) return address;
  url.pathname = `/ru${path}`;
  return url.href;
}

/**
 * ` name="value"` for each known setting with a plain value (lower-case letters and digits), in
 * a fixed order; anything else in the stored record is ignored, so nothing stored can add markup.
 */
export function attributesFor(preferences) {
  const stored = storedRecord(preferences);
  let attributes = '';
  for (const [key, name] of Object.entries(firstPaintAttributes)) {
    const value = Object.hasOwn(stored, key) ? stored[key] : undefined;
    if (typeof value === 'string' && /^[a-z0-9]{1,16}$/.test(value)) {
      attributes += ` ${name}="${value}"`;
    }
  }
  return attributes;
}

/** Index of the `>` closing the first `<html` start tag in `bytes`, or -1 while it is not all there. */
export function htmlStartTagEnd(bytes) {
  const name = [0x68, 0x74, 0x6d, 0x6c]; // "html", compared case-insensitively
  search: for (let at = 0; at + 5 < bytes.length; at++) {
    if (bytes[at] !== 0x3c) continue; // "<"
    for (let k = 0; k < name.length; k++) {
      if ((bytes[at + 1 + k] | 0x20) !== name[k]) continue search;
    }
    const after = bytes[at + 5];
    // ">" or whitespace: the tag's name ends here (not "<htmlfoo").
    if (![0x3e, 0x20, 0x09, 0x0a, 0x0c, 0x0d].includes(after)) continue;
    // Attribute values never hold ">" in the pages this app builds.
    const end = bytes.indexOf(0x3e, at + 5);
    return end;
  }
  return -1;
}

/** How far into a page its <html> tag may start; past that the page passes through unchanged. */
export const htmlTagSearchLimit = 16384;

/**
 * A stream step adding `attributes` to a page's <html> start tag. Only the bytes up to that tag
 * are held back (the doctype and the tag, a few dozen); the rest streams through untouched.
 */
export function htmlAttributesAdder(attributes) {
  const added = new TextEncoder().encode(attributes);
  let held = new Uint8Array(0);
  let passing = false;
  return new TransformStream({
    transform(chunk, controller) {
      if (passing) {
        controller.enqueue(chunk);
        return;
      }
      const bytes = new Uint8Array(held.length + chunk.length);
      bytes.set(held);
      bytes.set(chunk, held.length);
      const end = htmlStartTagEnd(bytes);
      if (end === -1) {
        if (bytes.length > htmlTagSearchLimit) {
          passing = true;
          controller.enqueue(bytes);
        } else held = bytes;
        return;
      }
      passing = true;
      controller.enqueue(bytes.subarray(0, end));
      controller.enqueue(added);
      controller.enqueue(bytes.subarray(end));
    },
    flush(controller) {
      if (!passing && held.length > 0) controller.enqueue(held);
    },
  });
}
