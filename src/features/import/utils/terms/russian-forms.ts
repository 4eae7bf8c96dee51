/**
 * Inflected forms of a Russian dictionary word, generated from its ending: a closed table of
 * endings per word class, so an unrelated word that merely shares a stem ("сферический" for
 * "сфера") never matches. Irregular forms (скажу, граждане, крепче) come from the glossary's own
 * occurrences instead.
 */

/** Lower case, no stress marks, ё as е: the form every comparison uses. */
export function foldRussian(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\u0301/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е');
}

const adjectiveEndings = [
  'ый',
  'ий',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ого',
  'его',
  'ому',
  'ему',
  'ым',
  'им',
  'ом',
  'ем',
  'ую',
  'юю',
  'ей',
  'ою',
  'ею',
  'ых',
  'их',
  'ыми',
  'ими',
  // short forms: "неизменна", "крепки"
  'а',
  'о',
  'ы',
  'и',
];
const possessiveEndings = [
  '',
  'а',
  'е',
  'и',
  'у',
  'его',
  'ему',
  'им',
  'ем',
  'ей',
  'ею',
  'их',
  'ими',
];
const hardMasculine = [
  '',
  'а',
  'у',
  'ом',
  'ем',
  'е',
  'ы',
  'и',
  'ов',
  'ев',
  'ей',
  'ам',
  'ами',
  'ах',
];
const softMasculine = ['ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях'];
const jMasculine = ['й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях'];
const hardFeminine = ['а', 'ы', 'и', 'е', 'у', 'ой', 'ою', '', 'ам', 'ами', 'ах'];
const softFeminineA = ['я', 'и', 'е', 'ю', 'ей', 'ею', 'й', 'ь', 'ям', 'ями', 'ях'];
const softFeminine = ['ь', 'и', 'ью', 'ей', 'ям', 'ями', 'ях'];
const hardNeuter = ['о', 'а', 'у', 'ом', 'е', '', 'ам', 'ами', 'ах'];
const softNeuter = ['е', 'я', 'ю', 'ем', 'и', 'й', 'ям', 'ями', 'ях'];
const participle = (stem: string) => adjectiveEndings.slice(0, 26).map((e) => stem + e);

/** Words that are forms of a glossary word by the tables but nearly always mean something else. */
const homographs = new Set(['после', 'тем', 'том', 'того', 'это', 'или', 'как', 'так']);

const vowels = 'аеёиоуыэюя';
const isVowel = (letter: string | undefined) => letter !== undefined && vowels.includes(letter);

export type WordClass = 'adjective' | 'noun' | 'verb' | 'fixed';
type Gender = 'm' | 'f' | 'n';

/** The word class of a glossary word by its ending (a noun's gender comes from its ending too). */
export function classOf(word: string): WordClass {
  if (word.length <= 2) return 'fixed';
  if (/^(наш|ваш)[аеиу]?$/.test(word)) return 'adjective';
  const bare = word.replace(/(ся|сь)$/, '');
  // "ценности" and "новость" end like verbs ("провести", "обрести") but are nouns.
  if (/(ть|ти|чь)$/.test(bare) && !/(сть|ости)$/.test(word)) return 'verb';
  if (/(ние|тие|стие|вие|дие|бие|рие)$/.test(word) && !/нние$/.test(word)) return 'noun';
  if (/(ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ого|его|ых|их)$/.test(bare)) return 'adjective';
  return 'noun';
}

function withFleetingVowel(stem: string, endings: readonly string[], nominative: string) {
  const forms = endings.map((e) => stem + e);
  // посол → посла, казахстанец → казахстанца, уровень → уровне: the last vowel drops.
  const last = stem.length - 1;
  if (stem.length >= 4 && 'оеё'.includes(stem[last - 1] ?? '') && !isVowel(stem[last - 2])) {
    const reduced = stem.slice(0, last - 1) + stem.slice(last);
    forms.push(...endings.filter((e) => stem + e !== nominative).map((e) => reduced + e));
  }
  return forms;
}

function nounForms(word: string, gender?: Gender, plural?: boolean): string[] {
  if (plural && /[ыи]$/.test(word)) {
    // A plural of unknown gender: "ценности" (ценность) or "взгляды" (взгляд) or "страны".
    const stem = word.slice(0, -1);
    if (word.endsWith('ии')) return softFeminineA.map((e) => stem + e); // инвестиции → инвестиций
    if (gender) return nounForms(gender === 'f' && word.endsWith('и') ? `${stem}ь` : stem, gender);
    return [...hardMasculine, ...hardFeminine, ...softFeminine].map((e) => stem + e);
  }
  if (word.endsWith('ие') || word.endsWith('ье'))
    return softNeuter.map((e) => word.slice(0, -1) + e);
  if (word.endsWith('о')) return hardNeuter.map((e) => word.slice(0, -1) + e);
  if (word.endsWith('е')) return softNeuter.map((e) => word.slice(0, -1) + e);
  if (word.endsWith('я')) return softFeminineA.map((e) => word.slice(0, -1) + e);
  if (word.endsWith('а')) return hardFeminine.map((e) => word.slice(0, -1) + e);
  if (word.endsWith('й')) return jMasculine.map((e) => word.slice(0, -1) + e);
  if (word.endsWith('ь')) {
    const stem = word.slice(0, -1);
    return gender === 'f' || /(ость|есть|сть)$/.test(word)
      ? softFeminine.map((e) => stem + e)
      : withFleetingVowel(stem, softMasculine, word);
  }
  return withFleetingVowel(word, hardMasculine, word);
}

function adjectiveForms(word: string): string[] {
  if (/^(наш|ваш)/.test(word) && word.length <= 4)
    return possessiveEndings.map((e) => word.slice(0, 3) + e);
  const reflexive = word.endsWith('ся');
  const bare = reflexive ? word.slice(0, -2) : word;
  const stem = bare.replace(/(ого|его|ых|их|ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю)$/, '');
  const endings = reflexive ? adjectiveEndings.slice(0, 26) : adjectiveEndings;
  return endings.map((e) => stem + e + (reflexive ? 'ся' : ''));
}

function verbForms(word: string): string[] {
  const reflexive = /(ся|сь)$/.test(word);
  const bare = reflexive ? word.slice(0, -2) : word;
  const forms: string[] = [bare];
  if (bare.endsWith('ти') || bare.endsWith('чь')) {
    // провести → провел, провела; достичь: its other forms are irregular
    const stem = bare.endsWith('сти') ? bare.slice(0, -3) : bare.slice(0, -2);
    forms.push(...['л', 'ла', 'ло', 'ли'].map((e) => stem + e));
  } else {
    const withVowel = bare.slice(0, -2); // "счита", "пригласи", "подчеркну"
    forms.push(
      ...['л', 'ла', 'ло', 'ли', 'в', 'вши'].map((e) => withVowel + e),
      ...participle(`${withVowel}вш`),
    );
    if (/овать$|евать$/.test(bare)) {
      const present = `${bare.slice(0, -5)}у`; // праздновать → праздну-ет
      forms.push(...['ю', 'ешь', 'ет', 'ем', 'ете', 'ют', 'я'].map((e) => present + e));
      forms.push(...participle(`${present}ющ`), ...participle(`${present}ем`));
    } else if (/ить$/.test(bare)) {
      const stem = bare.slice(0, -3);
      forms.push(
        ...['ю', 'у', 'ишь', 'ит', 'им', 'ите', 'ят', 'ат', 'я', 'а'].map((e) => stem + e),
      );
      forms.push(...participle(`${stem}ящ`), ...participle(`${stem}ащ`));
    } else if (/нуть$/.test(bare)) {
      const stem = bare.slice(0, -3);
      forms.push(...['у', 'ешь', 'ет', 'ем', 'ете', 'ут'].map((e) => stem + e));
    } else if (/[ая]ть$/.test(bare)) {
      forms.push(...['ю', 'ешь', 'ет', 'ем', 'ете', 'ют', 'я'].map((e) => withVowel + e));
      forms.push(...participle(`${withVowel}ющ`), ...participle(`${withVowel}ем`));
      forms.push(
        ...participle(`${withVowel}нн`),
        ...['н', 'на', 'но', 'ны'].map((e) => withVowel + e),
      );
    } else if (/еть$/.test(bare)) {
      const stem = bare.slice(0, -3);
      forms.push(
        ...['ю', 'ишь', 'ит', 'им', 'ите', 'ят', 'ешь', 'ет', 'ем', 'ют'].map((e) => stem + e),
      );
    }
  }
  const reflexiveForms = forms.flatMap((form) => [
    `${form}ся`,
    ...(isVowel(form.at(-1)) ? [`${form}сь`] : []),
  ]);
  // "поднимать вопрос" also stands as "поднимались вопросы": a reflexive form of any verb counts.
  return reflexive ? reflexiveForms : [...forms, ...reflexiveForms];
}

export type FormOptions = { gender?: Gender; plural?: boolean; wordClass?: WordClass };

/** Every form of one (folded) word the matcher accepts, the word itself included. */
export function russianForms(word: string, options: FormOptions = {}): Set<string> {
  const folded = foldRussian(word);
  const wordClass = options.wordClass ?? classOf(folded);
  const parts = folded.split('-');
  if (parts.length > 1) {
    // A hyphenated word inflects in its last part ("казахско-американского"), and in every part
    // when each is a noun ("стран-основателей").
    const heads = parts.slice(0, -1);
    const last = [...russianForms(parts.at(-1) ?? '', options)];
    const headForms = heads.map((part) =>
      wordClass === 'noun' && classOf(part) === 'noun' ? [...russianForms(part)] : [part],
    );
    const combined = headForms.reduce<string[]>(
      (prefixes, options) => prefixes.flatMap((p) => options.map((o) => `${p}${o}-`)),
      [''],
    );
    return new Set(combined.flatMap((prefix) => last.map((form) => prefix + form)));
  }
  const forms =
    wordClass === 'fixed'
      ? [folded]
      : wordClass === 'verb'
        ? verbForms(folded)
        : wordClass === 'adjective'
          ? adjectiveForms(folded)
          : nounForms(folded, options.gender, options.plural);
  return new Set(
    [folded, ...forms].filter(
      (form) => form === folded || (form.length >= 3 && !homographs.has(form)),
    ),
  );
}
