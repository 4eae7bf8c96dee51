import { stressMark, withoutStress } from '@/content/stress';

const fold = (text: string) => text.toLocaleLowerCase('ru').replaceAll('ё', 'е');

/**
 * Puts the headword's stress on an inflected form where the stem shows it: the stressed vowel must
 * lie in the part the two words share (отме́тить → отме́тила). Where stress may move with the
 * ending (посо́л → посла), the form is left unmarked rather than guessed. An ё that the text
 * spells е is restored (партнерство → партнёрство): ё marks the stress by itself.
 */
export function stressedForm(surface: string, headword: string): string {
  const headwords = headword.split(/\s+/);
  return surface.replace(/[\p{L}-]+/gu, (word) => {
    if (/ё/iu.test(word)) return word;
    let best: { plain: string; stressAt: number; shared: number } | undefined;
    for (const candidate of headwords) {
      const plain = withoutStress(candidate);
      let shared = 0;
      while (
        shared < word.length &&
        shared < plain.length &&
        fold(word.charAt(shared)) === fold(plain.charAt(shared))
      )
        shared++;
      const markAt = candidate.indexOf(stressMark);
      const yoAt = plain.toLocaleLowerCase('ru').indexOf('ё');
      // The stressed vowel: the one before the mark, or ё.
      const stressAt = markAt >= 1 ? markAt - 1 : yoAt;
      if (shared >= 3 && stressAt >= 0 && stressAt < shared && (!best || shared > best.shared))
        best = { plain, stressAt, shared };
    }
    if (!best) return word;
    if (/ё/iu.test(best.plain.charAt(best.stressAt))) {
      const letter = word.charAt(best.stressAt);
      const restored = letter === letter.toLocaleUpperCase('ru') ? 'Ё' : 'ё';
      return word.slice(0, best.stressAt) + restored + word.slice(best.stressAt + 1);
    }
    return word.slice(0, best.stressAt + 1) + stressMark + word.slice(best.stressAt + 1);
  });
}
