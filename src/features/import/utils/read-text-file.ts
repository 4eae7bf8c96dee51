import { parseInertHtml } from '@/lib/trusted-types';

/** Largest text accepted per side: far above any article, small enough to align in a worker. */
export const maxSideBytes = 5 * 1024 * 1024;

export const acceptedFileTypes = '.txt,.md,.html,.htm,text/plain,text/markdown,text/html';

export type FileProblem = 'tooLarge' | 'binary' | 'encoding';
export type ReadResult = { ok: true; text: string } | { ok: false; problem: FileProblem };

const blockElements =
  'p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, section, article, header, footer';

/**
 * Reads HTML as text: parsed into an inert document (scripts never run, nothing is injected
 * into the page), block elements turned into paragraph breaks so the splitter sees paragraphs.
 */
export function htmlToText(html: string): string {
  // Handler attributes are renamed first: the parsed document is inert and the page's CSP refuses
  // inline handlers anyway, but Chromium still fires load/error at some parsed elements and
  // reports every refused handler as a violation. Only the text is kept, so nothing else changes.
  const inert = html.replace(/<[^>]*>/g, (tag) =>
    tag.replace(/(\s|\/)on(\w+\s*=)/gi, '$1data-on$2'),
  );
  const document = parseInertHtml(inert);
  document.querySelectorAll('script, style, noscript, template').forEach((node) => node.remove());
  document.querySelectorAll(blockElements).forEach((node) => {
    node.before('\n\n');
    node.after('\n\n');
  });
  const text = document.body.textContent;
  // Inline whitespace collapses as a browser would render it; breaks added above survive.
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const isHtml = (name: string, type: string) => /\.html?$/i.test(name) || type === 'text/html';

/** Decodes bytes as UTF-8 text, refusing what is not text rather than showing mojibake. */
export function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.byteLength > maxSideBytes) return { ok: false, problem: 'tooLarge' };
  // NUL never appears in text; images, PDFs and office files have it within the first bytes.
  if (bytes.includes(0)) return { ok: false, problem: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'encoding' };
  }
}

// FileReader rather than Blob.arrayBuffer(): the same code runs in the browser and in jsdom.
export const readBytes = (file: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsArrayBuffer(file);
  });

export async function readTextFile(file: File): Promise<ReadResult> {
  if (file.size > maxSideBytes) return { ok: false, problem: 'tooLarge' };
  const decoded = decodeText(await readBytes(file));
  if (!decoded.ok || !isHtml(file.name, file.type)) return decoded;
  return { ok: true, text: htmlToText(decoded.text) };
}
