import type { Article } from '@/content/article-schema';
import type { Glossary, GlossaryEntry } from '@/content/glossary-schema';
import { classOf, foldRussian, russianForms, type FormOptions } from './russian-forms';

/** One way a glossary entry may stand in Russian text: a word sequence, each word a set of forms. */
export type TermPattern = {
  entry: string;
  words: ReadonlySet<string>[];
  /** Whether one other word may stand before word i (i ≥ 1): "играют [очень] важную роль". */
  gapBefore: boolean[];
  /** Whether a comma stands before word i: "заключаться в том, чтобы". */
  commaBefore: boolean[];
  /** Abbreviations match only as written ("США", not "сша"). */
  exact?: string[];
};

const prepositions = new Set(
  'в во на по с со за к ко о об обо от до из у при под над для через между про'.split(' '),
);
const functionWords = new Set([
  ...prepositions,
  'и',
  'не',
  'все',
  'всё',
  'том',
  'чтобы',
  'что',
  'мой',
]);

export const wordPattern = /[\p{Script=Cyrillic}]+(?:-[\p{Script=Cyrillic}]+)*/gu;

type Word = { text: string; commaBefore: boolean };

function wordsOf(phrase: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const match of foldRussian(phrase).matchAll(wordPattern)) {
    words.push({ text: match[0], commaBefore: phrase.slice(last, match.index).includes(',') });
    last = match.index + match[0].length;
  }
  return words;
}

/**
 * The forms of each word of a headword. A phrase that opens with a preposition is fixed ("в ходе",
 * "на мой взгляд"); otherwise its adjectives, its head noun and its verbs inflect, while a noun
 * after the head stays as it is ("Совет мира" → "Совете мира"), unless joined by "и".
 */
function headwordForms(entry: GlossaryEntry, words: Word[]): Set<string>[] {
  const options: FormOptions = {
    gender: entry.grammar.gender,
    plural: entry.grammar.number === 'pl',
  };
  if (words.length === 1) return [russianForms(words[0]?.text ?? '', options)];
  if (prepositions.has(words[0]?.text ?? '')) return words.map((w) => new Set([w.text]));
  let headSeen = false;
  return words.map(({ text }, index) => {
    const wordClass = classOf(text);
    if (functionWords.has(text) || wordClass === 'fixed') return new Set([text]);
    if (wordClass === 'verb') {
      headSeen = false;
      return russianForms(text, { wordClass });
    }
    const coordinated = words[index - 1]?.text === 'и';
    if (headSeen && !coordinated) return new Set([text]);
    if (wordClass === 'noun') {
      headSeen = true;
      return russianForms(text, { wordClass, plural: /[ыи]$/.test(text) });
    }
    return russianForms(text, { wordClass });
  });
}

/** The words of every occurrence in the curated article: irregular forms the tables miss. */
function occurrenceWords(entry: GlossaryEntry, article: Article | undefined): Word[][] {
  if (!article) return [];
  const paragraphs = new Map(article.paragraphs.map((p) => [p.id, p.ru.text]));
  return entry.occurrences.flatMap((occurrence) => {
    const text = paragraphs.get(occurrence.paragraph);
    return text && occurrence.ru
      ? [wordsOf(text.slice(occurrence.ru.start, occurrence.ru.end))]
      : [];
  });
}

function patternsOf(entry: GlossaryEntry, article: Article | undefined): TermPattern[] {
  const words = wordsOf(entry.headword);
  if (words.length === 0) return [];
  const seen = occurrenceWords(entry, article);
  if (entry.pos === 'abbreviation') {
    const exact = entry.headword.match(wordPattern) ?? [];
    return [
      {
        entry: entry.id,
        words: exact.map((w) => new Set([foldRussian(w)])),
        gapBefore: exact.map(() => false),
        commaBefore: exact.map(() => false),
        exact,
      },
    ];
  }
  const forms = headwordForms(entry, words);
  const irregular: TermPattern[] = [];
  for (const occurrence of seen) {
    if (occurrence.length === words.length) {
      occurrence.forEach((word, index) => forms[index]?.add(word.text));
    } else if (occurrence.length > 0) {
      // The article's wording differs in length ("наши две страны"): that wording, as it stands.
      irregular.push({
        entry: entry.id,
        words: occurrence.map((w) => new Set([w.text])),
        gapBefore: occurrence.map(() => false),
        commaBefore: occurrence.map((w, i) => i > 0 && w.commaBefore),
      });
    }
  }
  const inflecting = forms.map((set) => set.size > 1);
  return [
    {
      entry: entry.id,
      words: forms,
      // "обретения Казахстаном независимости": a word may stand after an inflecting one.
      gapBefore: words.map(
        (w, i) => i > 0 && Boolean(inflecting[i - 1]) && !functionWords.has(w.text),
      ),
      commaBefore: words.map((w, i) => i > 0 && w.commaBefore),
    },
    ...irregular,
  ];
}

/** Patterns keyed by every form of their first word, for one lookup per word of text. */
export type PatternIndex = ReadonlyMap<string, readonly TermPattern[]>;

/**
 * Compiles a glossary into patterns once. The curated article, when given, supplies the forms its
 * occurrences show (irregular ones included).
 */
export function compileTermPatterns(glossary: Glossary, curated?: Article): PatternIndex {
  const index = new Map<string, TermPattern[]>();
  for (const entry of glossary.entries) {
    for (const pattern of patternsOf(entry, curated)) {
      for (const form of pattern.words[0] ?? []) {
        const list = index.get(form);
        if (list) list.push(pattern);
        else index.set(form, [pattern]);
      }
    }
  }
  return index;
}
