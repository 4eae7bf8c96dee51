/**
 * Normalises pasted or extracted text before anything else looks at it, so that segmentation,
 * alignment and the validator all see one spelling of the same text.
 *
 * What changes, and why:
 * - Line endings: CRLF and lone CR become LF; U+2028 (line separator) becomes LF and U+2029
 *   (paragraph separator) a blank line, because paragraph splitting reads blank lines.
 * - Spaces: no-break (U+00A0), narrow no-break (U+202F), figure space and the other typographic
 *   spaces (U+2000–U+200A, U+205F, U+3000) become a plain space. They carry layout, not meaning:
 *   "3 000" written with a no-break space is still "3 000", and `extractNumbers` reads a plain
 *   space as a thousands separator just the same. One kind of space keeps matching simple.
 * - Invisible characters that extraction leaves behind are removed: zero-width space (U+200B),
 *   word joiner (U+2060), byte-order mark (U+FEFF) and soft hyphen (U+00AD). Zero-width joiner
 *   and non-joiner are kept: they change how emoji and some scripts render.
 * - Unicode NFC, so "й" and "ё" are one code point whether typed or decomposed.
 *
 * Everything else is the text's own and stays: dashes (– — -), quotation marks (« » “ ” „),
 * ё, the fraction slash in "2024⁄25", tabs, repeated spaces.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .replace(/[\u00A0\u202F\u2000-\u200A\u205F\u3000]/g, ' ')
    .replace(/[\u200B\u2060\uFEFF\u00AD]/g, '')
    .normalize('NFC');
}
