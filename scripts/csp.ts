/**
 * The Content-Security-Policy of the built app: scripts, styles, workers and data from the app's
 * own origin only; no inline script, no eval, no plugins, no <base>; Trusted Types required for
 * every script URL (see src/lib/trusted-types.ts). React writes the grid's row numbers as style
 * attributes, so inline style *attributes* are allowed, inline <style> elements are not.
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-elem 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  // `inert-html`: the one policy that may make HTML, only for DOMParser reading an imported .html
  // file into a document that never renders or runs anything (src/lib/trusted-types.ts).
  'trusted-types default inert-html',
];

/** For the <meta> tag: static hosting cannot always set headers. */
export const cspMeta = directives.join('; ');

/** For servers that can set a header: the same, plus framing, which a <meta> cannot forbid. */
export const cspHeader = [...directives, "frame-ancestors 'none'"].join('; ');
