/**
 * Hostile input for every place the app takes text from outside: pasted text, file names and
 * contents, search, URLs, backup files. Each payload would set `window.__pwned` (or open a dialog)
 * if it ever ran; none may, and each must be shown literally or refused with a message.
 */
export type Payload = {
  name: string;
  text: string;
  /** Printable: must appear literally wherever it is displayed (others may be normalised). */
  literal: boolean;
};

export const payloads: Payload[] = [
  { name: 'img onerror', text: '<img src=x onerror="window.__pwned=1">', literal: true },
  {
    name: 'svg onload',
    text: '<svg onload="window.__pwned=1"><circle r="9"/></svg>',
    literal: true,
  },
  { name: 'script element', text: '<script>window.__pwned=1</script>', literal: true },
  { name: 'javascript: URL', text: 'javascript:window.__pwned=1//', literal: true },
  {
    name: 'iframe srcdoc breaking out of an attribute',
    text: '"><iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
    literal: true,
  },
  {
    name: 'template and interpolation tricks',
    text: '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1} $t(common:app.title) {{count}}',
    literal: true,
  },
  {
    name: 'markdown link and image',
    text: '[read](javascript:window.__pwned=1) ![x](x" onerror="window.__pwned=1)',
    literal: true,
  },
  {
    name: 'style and meta refresh',
    text: '<style>*{display:none}</style><meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
    literal: true,
  },
  {
    name: 'HTML entities',
    text: '&lt;img src=x onerror=window.__pwned=1&gt; &#60;b&#62;',
    literal: true,
  },
  { name: 'prototype keys', text: '__proto__ constructor prototype hasOwnProperty', literal: true },
  {
    name: 'bidi override',
    text: 'Файл \u202Eexe.txt\u202C и \u2066изоляция\u2069',
    literal: false,
  },
  { name: 'zero-width characters', text: 'Ми\u200Bни\u200Cстр\u200D за\uFEFFявил', literal: false },
  {
    name: 'control characters',
    text: 'a\u0001b\u0007c\u001Bd\u007Fe\u0085f\u2028g',
    literal: false,
  },
  { name: 'lone surrogates', text: 'x\uD800y\uDFFFz', literal: false },
];

/** Files as a reader might open them: hostile names, hostile or broken contents. */
export const hostileFiles = [
  {
    name: '<img src=x onerror="window.__pwned=1">.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'Министр заявил, что переговоры продолжатся. <script>window.__pwned=1</script>',
    ),
    expect: { kind: 'loaded' as const },
  },
  {
    name: 'statement.html',
    mimeType: 'text/html',
    buffer: Buffer.from(
      '<html><body><p>Министр заявил.</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><svg onload="window.__pwned=1"></svg><p>Переговоры продолжатся.</p></body></html>',
    ),
    expect: { kind: 'loaded' as const, text: 'Министр заявил.\n\nПереговоры продолжатся.' },
  },
  {
    name: 'drawing.svg.txt',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"><script>window.__pwned=1</script></svg>',
    ),
    expect: { kind: 'loaded' as const },
  },
  {
    name: '"><svg onload=window.__pwned=1>.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([0xd0, 0x9c, 0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe, 0x41]),
    expect: { kind: 'message' as const, text: 'is not UTF-8 text' },
  },
  {
    name: 'scan\u202Etxt.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0x01, 0x02, 0xff]),
    expect: { kind: 'message' as const, text: 'is not a text file' },
  },
];

/** A single line of 1 MB, the kind a minified file or a pasted log would bring. */
export const hugeLine = `Министр заявил ${'а'.repeat(1024 * 1024)}`;

/** Backup files that are not what they claim; each must be refused with nothing changed. */
export function hostileBackups() {
  const header = { format: 'parallel-reader-backup', version: 1 };
  const at = '2026-11-20T09:00:00.000Z';
  return [
    {
      name: '<img src=x onerror="window.__pwned=1">.json',
      text: '{"hello":"world"}',
      message: 'not a Parallel Reader backup',
    },
    {
      name: 'script-date.json',
      text: JSON.stringify({
        ...header,
        exportedAt: '<script>window.__pwned=1</script>',
        words: [],
        cards: [],
        reviews: [],
      }),
      message: 'exportedAt',
    },
    {
      name: 'unknown-words.json',
      text: JSON.stringify({
        ...header,
        exportedAt: at,
        words: [{ v: 1, entry: '<img src=x onerror="window.__pwned=1">', addedAt: at }],
        cards: [],
        reviews: [],
      }),
      message: '<img src=x onerror="window.__pwned=1">',
    },
    {
      name: 'proto.json',
      text: `{"__proto__":{"polluted":1,"isAdmin":true},"constructor":{"prototype":{"polluted":1}},"format":"parallel-reader-backup","version":1,"exportedAt":"${at}","words":[{"v":1,"entry":"__proto__","addedAt":"${at}"}],"cards":[],"reviews":[]}`,
      message: '__proto__',
    },
    { name: 'deep.json', text: `${'['.repeat(200_000)}${']'.repeat(200_000)}`, message: 'not' },
    { name: 'newer.json', text: JSON.stringify({ ...header, version: 99 }), message: 'newer' },
    {
      name: 'binary.json',
      buffer: Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47]),
      message: 'not',
    },
    { name: 'huge.json', buffer: Buffer.alloc(21 * 1024 * 1024, 0x20), message: 'too large' },
  ];
}
