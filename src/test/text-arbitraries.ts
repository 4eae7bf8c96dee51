import fc from 'fast-check';

/**
 * Text that real input and hostile input contain: sentence marks, abbreviations, quotes and
 * dashes, line breaks of every kind, control, bidi and zero-width characters, surrogate halves,
 * Russian and English words, and arbitrary code points. Built from pieces so that the shrunk
 * counterexample of a failing property is readable.
 */
const specials = [
  '.',
  '!',
  '?',
  '…',
  '...',
  ';',
  ':',
  ',',
  '«',
  '»',
  '“',
  '”',
  '„',
  '"',
  "'",
  '(',
  ')',
  '–',
  '—',
  '-',
  ' – ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '  ',
  '\u00A0',
  '\u202F',
  '\u2028',
  '\u2029',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u202D',
  '\u2066',
  '\u2069',
  '\u200F',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0301',
  'г.',
  'гг.',
  'т. е.',
  'т.д.',
  'U.S.',
  'Mr.',
  'St.',
  'млн',
  '1.',
  '2)',
  '3 000',
  '3,5',
  '1,500',
  '2024⁄25',
  '¶',
  '©',
  '😀',
  '👩‍👩‍👧',
] as const;
const words = [
  'Посол',
  'посла',
  'сказала',
  'Астана',
  'Ёлка',
  'ёж',
  'и',
  'В',
  'Он',
  'The',
  'ambassador',
  'said',
  'Kazakhstan',
  'it',
  'A',
  'Trump',
  'Токаев',
  'США',
] as const;

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...specials) },
  { weight: 4, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);

/** Any text, weighted towards the characters that break text processing. */
export const anyText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

/** A sentence-like run of words with a mark at the end, for texts that look like prose. */
const sentence = fc
  .tuple(
    fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('.', '!', '?', '…', '', '».', '”'),
  )
  .map(([list, mark]) => list.join(' ') + mark);

/** Paragraphs of prose-like sentences mixed with hostile pieces. */
export const proseText = fc
  .array(
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')),
      },
      { weight: 1, arbitrary: anyText },
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((paragraphs) => paragraphs.join('\n\n'));
