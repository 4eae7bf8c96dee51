import type { Language } from './language';

/**
 * What a period after a word means for sentence segmentation.
 * - `never`: the abbreviation does not end a sentence (a title before a name, "ул." before a street,
 *   "т. е." before an explanation).
 * - `ifCapital`: it ends a sentence when a capital letter follows ("…и т. д. Затем", "…etc. The").
 * - `ifStarter`: it ends a sentence only when the next word is a common sentence opener, because a
 *   capitalised name often follows mid-sentence ("U.S. Ambassador", "5 млн долл. США").
 * Abbreviations are written without spaces after their inner dots: "т.д" matches "т. д." too.
 */
export type AbbreviationKind = 'never' | 'ifCapital' | 'ifStarter';

const words = (list: string) => list.trim().split(/\s+/);

const tables: Record<Language, Record<AbbreviationKind, string[]>> = {
  ru: {
    never: words(`
      ул пр пер просп пл наб обл им проф акад доц канд тов гр см ср напр рис табл стр ст гл п пп с
      д кв корп г-н г-жа тел ок т е н ч в вв пос дер р о оз св т.е т.к т.н т.ч и.о Дж Ш Ч`),
    ifCapital: words('т.д т.п др н.э'),
    ifStarter: words('г гг долл руб коп тыс млн млрд трлн мин сек чел экз'),
  },
  en: {
    never: words(`
      Mr Mrs Ms Dr Prof Sr Gen Col Lt Sgt Capt Gov Sen Rep Rev Hon Pres Amb vs e.g i.e cf approx
      fig Fig vol Vol pp No Nos Art Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Mt Ft`),
    ifCapital: words('etc'),
    // "St." is Saint before a name ("St. Petersburg") and Street at the end of a sentence.
    ifStarter: words('St Ave Rd Blvd Inc Ltd Co Corp Jr Bros a.m p.m U.S U.K U.N E.U D.C'),
  },
};

/** Capitalised words that usually open a sentence (and rarely follow an abbreviation inside one). */
const starters: Record<Language, ReadonlySet<string>> = {
  ru: new Set(
    words(`
      Он Она Оно Они Мы Я Вы Ты Это Этот Эта Эти Тот Та Те Но А И В Во На По С Со К У О Об При Для
      Как Когда Если Хотя Так Также Однако Кроме После До Перед Его Ее Её Их Наш Наша Наши Все Всё
      Там Тогда Сейчас Теперь Затем Потом Еще Ещё Уже Поэтому Впрочем Именно Среди Между Из За Под
      Над Сегодня Вчера Завтра Кто Что Где Почему Зачем Сколько Нет Да Ни Не Лишь Только Здесь`),
  ),
  en: new Set(
    words(`
      The This That These Those It Its He She We They I You But And Or So Yet In On At For From
      With By As After Before When While If Although However Meanwhile There Here A An His Her
      Our Their My What Why How Who Where Some Many Most All Both Each Other Also Still Then Now
      Last Next One Two Under Over Since During According Today Yesterday Tomorrow No Not Only`),
  ),
};

const lookup: Record<Language, Map<string, AbbreviationKind>> = {
  ru: new Map(),
  en: new Map(),
};
for (const language of ['ru', 'en'] as const) {
  for (const kind of ['never', 'ifCapital', 'ifStarter'] as const) {
    for (const word of tables[language][kind]) lookup[language].set(word, kind);
  }
}

const singleCapital = /^\p{Lu}$/u;
const letterChain = /^(?:\p{L}\.)+\p{L}$/u;
/** A cased letter or "-"; Latin and Cyrillic by code range, the rest by case (no allocation there). */
const isWordChar = (char: string) => {
  const code = char.charCodeAt(0);
  if (code === 45) return char.length === 1; // "-"
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code >= 0x400 && code <= 0x4ff) return (code >= 0x400 && code <= 0x481) || code >= 0x48a;
  if (code < 128 || Number.isNaN(code)) return false;
  return char.toLowerCase() !== char.toUpperCase();
};

/**
 * The dotted chain of words that `text` ends with, without spaces: "и т. д" → "и.т.д" is not
 * wanted, so a chain is at most four pieces, each joined by "." and an optional space ("т. д",
 * "U.S", "J. F"). A scan from the end rather than an anchored regex, which is quadratic.
 */
function chainBefore(text: string): { chain: string; start: number } | undefined {
  let start = text.length;
  for (let pieces = 0; pieces < 4; pieces++) {
    let k = start;
    while (k > 0 && isWordChar(text.charAt(k - 1))) k--;
    if (k === start) break;
    start = k;
    // Another piece only if this one follows "." or ". ".
    const dot = text.charAt(k - 1) === '.' ? k - 1 : text.slice(k - 2, k) === '. ' ? k - 2 : -1;
    if (dot < 1 || !isWordChar(text.charAt(dot - 1))) break;
    start = dot;
    // Step over the dot so the next round reads the piece before it.
    while (start > 0 && !isWordChar(text.charAt(start - 1))) start--;
  }
  if (start === text.length) return undefined;
  while (!isWordChar(text.charAt(start))) start++;
  return { chain: text.slice(start).replace(/\s/g, ''), start };
}

/**
 * The kind of abbreviation that `text` (the text right before a period) ends with, if any.
 * Tries the longest dotted chain first, so "и т. д" is read as "т.д", not as "д".
 */
export function abbreviationBefore(text: string, language: Language): AbbreviationKind | undefined {
  const found = chainBefore(text);
  // A unit glued to a number or degree sign ("1,2 °C.", "5km.") is not an abbreviation.
  if (!found || /[\p{N}°%]/u.test(text.charAt(found.start - 1))) return undefined;
  const pieces = found.chain.split('.');
  for (let from = 0; from < pieces.length; from++) {
    const candidate = pieces.slice(from).join('.').replace(/^-/, ''); // "К.-Ж." → "Ж"
    const known = lookup[language].get(candidate);
    if (known) return known;
    // An initial ("Д. Трамп", "J. F. Kennedy"), or an acronym with dots ("U.S.", "D.C.").
    if (singleCapital.test(candidate)) return 'never';
    if (letterChain.test(candidate)) return 'ifStarter';
  }
  return undefined;
}

export function isSentenceStarter(word: string, language: Language): boolean {
  return starters[language].has(word);
}
