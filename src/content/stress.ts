/** U+0301 COMBINING ACUTE ACCENT: the stress mark of Russian dictionaries and textbooks. */
export const stressMark = '\u0301';

const vowels = /[аеёиоуыэюя]/giu;

export const withoutStress = (text: string) => text.replaceAll(stressMark, '');

/**
 * Problems with the stress marks of a Russian headword: every word (and every part of a hyphenated
 * compound) of two or more syllables carries exactly one mark, after a vowel; a one-syllable word
 * carries none, and neither does a word with ё (always stressed).
 */
export function stressProblems(headword: string): string[] {
  const problems: string[] = [];
  for (const word of headword.split(/[\s\-–,/()]+/u).filter(Boolean)) {
    const plain = withoutStress(word);
    const syllables = plain.match(vowels)?.length ?? 0;
    const marks = [...word].filter((char) => char === stressMark).length;
    const misplaced = [...word.matchAll(new RegExp(stressMark, 'gu'))].some(
      (match) => !/[аеёиоуыэюя]/iu.test(word[(match.index ?? 0) - 1] ?? ''),
    );
    if (misplaced) problems.push(`“${word}”: a stress mark must follow a vowel`);
    else if (/ё/iu.test(plain) && marks > 0)
      problems.push(`“${word}”: ё is always stressed and needs no mark`);
    else if (/ё/iu.test(plain)) continue;
    else if (syllables >= 2 && marks !== 1)
      problems.push(`“${word}”: ${marks === 0 ? 'no stress mark' : `${marks} stress marks`}`);
    else if (syllables < 2 && marks > 0)
      problems.push(`“${word}”: one syllable needs no stress mark`);
  }
  return problems;
}
