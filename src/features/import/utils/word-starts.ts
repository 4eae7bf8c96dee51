// The character before, astral ones (a surrogate pair) included.
const endsWithLetter = /\p{L}$/u;

/**
 * The matches of a global regex that start a word — what `(?<!\p{L})` in front of it would give.
 * Checked here instead: a leading lookbehind makes V8 test every position of a long text about
 * twice as slowly. The regex's own `lastIndex` drives the search (compiling a copy per call
 * would cost more than the search), so one regex must not be iterated twice at once.
 */
export function* wordStarts(text: string, regex: RegExp): Generator<RegExpExecArray> {
  if (!regex.global) throw new Error('wordStarts needs a global regex');
  regex.lastIndex = 0;
  try {
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const before = text.slice(Math.max(0, match.index - 2), match.index);
      if (match.index > 0 && endsWithLetter.test(before)) {
        // Try again from the next character, as a lookbehind would: the next code point, since a
        // unicode regex set inside a surrogate pair starts from the pair again (an endless loop).
        regex.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      if (match[0] === '') regex.lastIndex += 1;
      yield match;
    }
  } finally {
    regex.lastIndex = 0;
  }
}
