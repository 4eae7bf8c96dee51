import type { Language } from '../language';
import { nameKey, russianNameStem, transliterate } from '../transliterate';
import { wordStarts } from '../word-starts';

/** A person named in the text: one key per person however the name is inflected or spelled. */
export type Person = {
  /** `nameKey` of the surname: equal for "Стаффт", "Stufft", "Трампом" ~ "Trump". */
  key: string;
  /** Every form the name was written in, first seen first. */
  forms: string[];
  /** The surname as written in its shortest form (closest to the nominative in Russian). */
  surname: string;
  gender?: 'f' | 'm';
  /** Role words seen right before the name, reduced by `roleOf` ("посол", "ambass"). */
  roles: Set<string>;
  /** The same, as written ("Посол", "Ambassador"), for showing. */
  roleWords: string[];
};

/** One place where a person is named or referred to by role. */
export type Mention = { key: string; start: number; end: number };

const word = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
// A run of capitalised words, possibly after initials: "Казахстане Джули Стаффт", "J. Wilson".
// Must not start inside a word: checked by `wordStarts`, not by a lookbehind, which would make
// the regex test every position of a long text twice as slowly.
const capitalisedRun = new RegExp(
  String.raw`(?:\p{Lu}\p{Ll}?\.\s?){0,2}${word}(?:\s+${word})*`,
  'gu',
);
const capitalisedWord = /\p{Lu}\p{Ll}+(?!\p{L})/gu;
const titled = {
  ru: /(?<!\p{L})(?:[Пп]резидент\p{Ll}*|[Пп]осл\p{Ll}*|г-н|г-жа|[Мм]инистр\p{Ll}*)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])(?!\s+\p{Lu}\p{Ll})/gu,
  en: /\b(?:President|Mr\.|Mrs\.|Ms\.|Dr\.|Ambassador|Minister|Senator)\s+(\p{Lu}\p{Ll}+)(?![\p{L}-])(?!\s+\p{Lu}\p{Ll})/gu,
};

// Capitalised words that are not people: places, bodies, titles and the words that open
// sentences. A name that contains one of them is not taken for a person.
const notNames = new Set(
  `Соединенн Соединён Штат Америк Президент Посол Министр Казахстан Астан Алмат Росси Япони Кита
  Совет Сенат Конгресс Заилийск Алатау Остров Сахалин Тянь-Шан Москв Ташкент Душанбе Газ
  United States America President Ambassador Minister Deputy Foreign Energy Finance Kazakhstan
  Astana Almaty Russia Japan China Board Peace Gaza Strip State Museum Institute Ministry Senate
  Congress Tax Code World Bank Lake Caspian Sea Tien Shan Trans-Ili Alatau Sakhalin Island Moscow
  Tashkent Dushanbe International Investment Forum Kazakh Invest Geological Survey Literary
  The This That These In On At By For From With After Before When While If As But And Or
  Mr. Mrs. Ms. Dr. Prof.`
    .trim()
    .split(/\s+/),
);
// Entries are word starts ("Соединенн" covers "Соединенными"): a part is not a name when one of
// its prefixes is an entry. Prefix lookups keep this linear in the length of the word.
const partIsNotName = new Map<string, boolean>();
function isNotNamePart(part: string) {
  let known = partIsNotName.get(part);
  if (known === undefined) {
    known = false;
    for (let length = 2; length <= part.length && !known; length++)
      known = notNames.has(part.slice(0, length));
    // Capitalised words repeat through a text: each is looked up once (bounded for huge inputs).
    if (partIsNotName.size > 50_000) partIsNotName.clear();
    partIsNotName.set(part, known);
  }
  return known;
}
const isNotName = (text: string) =>
  /[\s-]/u.test(text) ? text.split(/[\s-]+/).some(isNotNamePart) : isNotNamePart(text);

const roleWords = {
  ru: /(?<!\p{L})(посол|посла|послом|дипломат\p{Ll}*|министр\p{Ll}*|президент\p{Ll}*|глав[аеуы]|представител\p{Ll}*|корреспондент\p{Ll}*)(?!\p{L})/giu,
  en: /\b(ambassador|diplomat|minister|president|head|representative|reporter|envoy)\b/giu,
};
/** The role word reduced to one form, so "послом" and "посол" name the same role. */
export const roleOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/^посл.*/u, 'посол')
    .replace(/^глав.*/u, 'глава')
    .slice(0, 6);

const surnameKeys = new Map<string, string>();
function surnameKey(surname: string, language: Language) {
  let key = surnameKeys.get(surname);
  if (key === undefined) {
    if (surnameKeys.size > 50_000) surnameKeys.clear();
    key = nameKey(language === 'ru' ? transliterate(russianNameStem(surname)) : surname);
    surnameKeys.set(surname, key);
  }
  return key;
}

/** Russian first names and surnames show gender in their endings: Ольга, Киселева; Дональд. */
function genderOfName(name: string, language: Language): Person['gender'] {
  if (language !== 'ru' || !/\s/u.test(name)) return undefined;
  const [first = '', last = ''] = name.split(/\s+/u);
  if (/(?:ова|ева|ина|ская)$/u.test(last) || /[ая]$/u.test(first)) return 'f';
  if (/(?:ов|ев|ин|ский)$/u.test(last) || /[бвгджзклмнпрстфхцчшщ]$/u.test(first)) return 'm';
  return undefined;
}

function genderAfter(text: string, from: number, language: Language): Person['gender'] {
  const next = text.slice(from, from + 120);
  if (language === 'ru') {
    const verb = /^\s+(?:\p{Ll}+\s+)?(\p{Ll}+(?:л|ла|лся|лась))(?!\p{L})/u.exec(next)?.[1];
    if (verb) return /ла(?:сь)?$/u.test(verb) ? 'f' : 'm';
    return undefined;
  }
  const pronoun = /^[^.!?]*?\b(she|her|he|his)\b/iu.exec(next)?.[1]?.toLowerCase();
  if (!pronoun) return undefined;
  return pronoun.startsWith('s') || pronoun === 'her' ? 'f' : 'm';
}

/**
 * People named in one paragraph: full names ("Джули Стаффт", "J. Wilson"), titled surnames
 * ("Президентом Трампом", "Mr. Yamada") and a known person's surname alone ("Stufft said").
 * Updates `people` (by key) and returns the mentions in order.
 */
export function findPeople(text: string, language: Language, people: Map<string, Person>) {
  const mentions: Mention[] = [];
  const add = (name: string, surname: string, start: number, end: number) => {
    if (isNotName(name)) return;
    const key = surnameKey(surname, language);
    if (key.length < 2) return;
    const person = people.get(key) ?? {
      key,
      forms: [],
      surname,
      roles: new Set<string>(),
      roleWords: [],
    };
    if (!person.forms.includes(name)) person.forms.push(name);
    if (surname.length < person.surname.length) person.surname = surname;
    person.gender ??= genderAfter(text, end, language) ?? genderOfName(name, language);
    // A role word just before the name, in the same sentence: "Посол США в Казахстане Джули Стаффт".
    const before =
      text
        .slice(Math.max(0, start - 40), start)
        .split(/[.!?…]/u)
        .at(-1) ?? '';
    const role = [...before.matchAll(roleWords[language])].at(-1);
    if (role) {
      person.roles.add(roleOf(role[1] ?? ''));
      if (!person.roleWords.includes(role[1] ?? '')) person.roleWords.push(role[1] ?? '');
    }
    people.set(key, person);
    if (!mentions.some((m) => m.start <= start && start < m.end))
      mentions.push({ key, start, end });
  };
  // A full name is the end of a run of capitalised words once places, bodies and titles are
  // dropped from its start: "Ambassador to Kazakhstan Julie Stufft" → "Julie Stufft".
  for (const match of wordStarts(text, capitalisedRun)) {
    const parts = match[0].includes('.')
      ? match[0].split(/(?<=\.)\s?|\s+/u)
      : match[0].split(/\s+/u);
    const from = parts.findLastIndex((part) => isNotName(part)) + 1;
    const name = parts.slice(from);
    const initials = name.filter((part) => part.endsWith('.')).length;
    if (name.length < 2 || name.length - initials > 2) continue;
    const text = name.join(' ');
    const start = match.index + match[0].lastIndexOf(name[0] ?? '');
    add(text, name.at(-1) ?? '', start, match.index + match[0].length);
  }
  for (const match of text.matchAll(titled[language])) {
    const surname = match[1] ?? '';
    add(
      surname,
      surname,
      match.index + match[0].length - surname.length,
      match.index + match[0].length,
    );
  }
  // A surname alone, once the person is known: "Stufft said", "Стаффт отметила".
  if (people.size === 0) return mentions.sort((a, b) => a.start - b.start);
  for (const match of wordStarts(text, capitalisedWord)) {
    const key = surnameKey(match[0], language);
    if (people.has(key) && !isNotName(match[0]))
      add(match[0], match[0], match.index, match.index + match[0].length);
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Role words in a stretch of text ("посол", "the diplomat"), in order, with their positions. */
export function findRoles(text: string, language: Language) {
  return [...text.matchAll(roleWords[language])].map((match) => ({
    role: roleOf(match[1] ?? ''),
    start: match.index,
  }));
}

/** A readable name: first name (uninflected as far as we can) and surname, or the surname. */
export function displayName(person: Person, language: Language): string {
  const firstNames = person.forms
    .filter((form) => /\s/u.test(form))
    .map((form) => form.split(/\s+/u)[0] ?? '')
    .map((first) => (language === 'ru' ? russianNameStem(first) : first));
  const first = firstNames.sort((a, b) => a.length - b.length)[0];
  const surname = language === 'ru' ? russianSurname(person) : person.surname;
  return first ? `${first} ${surname}` : surname;
}

/** The surname without a case ending: "Токаевым" → "Токаев", "Киселевой" → "Киселева". */
function russianSurname(person: Person): string {
  const stem = russianNameStem(person.surname);
  return person.gender === 'f' && /(?:ов|ев|ёв|ин)$/u.test(stem) ? `${stem}а` : stem;
}

/** A kebab-case id from a person's surname, in Latin letters. */
export function personId(person: Person, language: Language): string {
  const latin = language === 'ru' ? transliterate(russianSurname(person)) : person.surname;
  const slug = latin
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'speaker';
}
