/**
 * Paragraphs of normalised plain text (see `normaliseText`), trimmed, empty ones dropped.
 *
 * A blank line always separates paragraphs. A single line break is read by the shape of its block:
 * - In a hard-wrapped block (most lines end near one width, ≤ 120 characters) a break is a soft
 *   wrap and becomes a space — or nothing after a hyphen, "пресс-\nконференция" — unless the line
 *   stops short of the width and ends a sentence or looks like a heading or byline, and the next
 *   line opens like a paragraph (capital letter, dialogue dash, opening quote).
 * - Otherwise (text pasted from a web page: one paragraph per line) every line is a paragraph.
 *
 * A paragraph broken in two by extraction ("…с момента обретения" / "Казахстаном независимости.")
 * is left as two: guessing here would hide the damage, and alignment joins them when the other
 * language shows they are one (a 2–1 link).
 */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .flatMap(splitBlock)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}

const wrapLimit = 120;
const endsSentence = /[.!?…:][»”’")\]]*$/u;
const opensParagraph = /^(?:[–—-]\s|[«“„"(]|\p{Lu}|\p{N})/u;

function isWrapped(lines: string[]): boolean {
  const width = Math.max(...lines.map((line) => line.length));
  if (width > wrapLimit) return false;
  const body = lines.slice(0, -1).filter((line) => !looksLikeHeading(line, width));
  if (body.length === 0) return false;
  const full = body.filter((line) => line.length >= 0.75 * width).length;
  // Wrapped text breaks lines mid-sentence; one paragraph per line ends each with punctuation.
  return full >= 0.6 * body.length && body.some((line) => !endsSentence.test(line));
}

/** A short line without final punctuation: a heading, a byline, a dateline. */
function looksLikeHeading(line: string, width: number): boolean {
  return line.length < 0.75 * width && line.split(/\s+/).length <= 10 && !/[\p{P}]$/u.test(line);
}

function splitBlock(block: string): string[] {
  const lines = block.split('\n').map((line) => line.trim());
  if (lines.length === 1) return lines;
  if (!isWrapped(lines)) return lines;
  const width = Math.max(...lines.map((line) => line.length));
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, index) => {
    current = current === '' ? line : current.endsWith('-') ? current + line : `${current} ${line}`;
    const next = lines[index + 1];
    const short = line.length < 0.75 * width;
    const ends = endsSentence.test(line) || looksLikeHeading(line, width);
    if (next === undefined || (short && ends && opensParagraph.test(next))) {
      paragraphs.push(current);
      current = '';
    }
  });
  return paragraphs;
}
