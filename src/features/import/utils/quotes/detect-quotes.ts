import type { Mark } from '@/content/article-schema';
import type { Language } from '../language';
import { displayName, findPeople, findRoles, personId, type Person } from './people';
import { englishSpeech } from './speech-en';
import { russianSpeech } from './speech-ru';
import type { SpeechSegment } from './speech-segment';

/** A speaker found on one side: `key` matches the same person on the other side. */
export type DetectedSpeaker = { id: string; key: string; name: string; role?: string };

export type QuoteDetection = {
  /** Marks per paragraph, in the order of the input. */
  marks: Mark[][];
  speakers: DetectedSpeaker[];
};

/** Stands for a speaker no one was named for, until ids are given out. */
const unknownSpeaker = '\u0000unknown';

type Quote = { segments: SpeechSegment[]; attribution?: { start: number; end: number } };

/**
 * Segments of one paragraph grouped into quotes. A segment without its own reporting clause
 * continues the quote before it ("– …, – сказал он. – …"); one with a clause starts a new quote,
 * unless the quote before it has no clause yet, in which case this clause is that quote's.
 */
function groupQuotes(segments: SpeechSegment[]): Quote[] {
  const quotes: Quote[] = [];
  for (const segment of segments) {
    const current = quotes.at(-1);
    if (current && (!current.attribution || !segment.attribution)) {
      current.segments.push(segment);
      current.attribution ??= segment.attribution;
    } else {
      quotes.push({ segments: [segment], attribution: segment.attribution });
    }
  }
  return quotes;
}

function genderOf(clause: string, language: Language): Person['gender'] {
  if (language === 'ru') {
    if (/(?<!\p{L})она(?!\p{L})|\p{Ll}ла(?:сь)?(?!\p{L})/u.test(clause)) return 'f';
    if (/(?<!\p{L})он(?!\p{L})|\p{Ll}л(?:ся)?(?!\p{L})/u.test(clause)) return 'm';
    return undefined;
  }
  if (/\b(?:she|her)\b/iu.test(clause)) return 'f';
  if (/\b(?:he|his)\b/iu.test(clause)) return 'm';
  return undefined;
}

/** Anyone ever introduced with the role (no copy of the people: this runs per role word). */
function firstWithRole(people: ReadonlyMap<string, Person>, role: string) {
  for (const person of people.values()) if (person.roles.has(role)) return person.key;
  return undefined;
}

/**
 * Direct speech in the paragraphs of one side, as `Mark`s (quote segments and their attribution
 * sharing a ref "<paragraph>-q<n>"), and the people who speak. The speaker is the person named in
 * the reporting clause ("сказала Джули Стаффт"), else the person known by the role it names
 * ("подчеркнула посол" → the one introduced as "Посол … Джули Стаффт"), else the last person
 * named before the quote — of the gender the clause shows ("отметила она"), when it shows one.
 */
export function detectQuotes(
  paragraphs: readonly { id: string; text: string }[],
  language: Language,
): QuoteDetection {
  const people = new Map<string, Person>();
  const history: string[] = []; // person keys, in the order they were named or referred to
  let lastSpeaker: string | undefined;
  // Searches from the end of the history without copying it: it grows with every name in the text.
  const findLast = (test: (key: string) => boolean) => {
    for (let k = history.length - 1; k >= 0; k--) {
      const key = history[k] as string;
      if (test(key)) return key;
    }
    return undefined;
  };
  // The last person named, preferring one known to be of `gender`, then one of unknown gender.
  const lastOf = (gender?: Person['gender']) =>
    (gender && findLast((key) => people.get(key)?.gender === gender)) ||
    (gender && findLast((key) => people.get(key)?.gender === undefined)) ||
    history.at(-1);
  const byRole = (role: string) =>
    findLast((key) => people.get(key)?.roles.has(role) ?? false) ?? firstWithRole(people, role);

  const marks = paragraphs.map(({ id, text }) => {
    const segments = language === 'ru' ? russianSpeech(text) : englishSpeech(text);
    const quoted = (at: number) => segments.some((s) => s.start <= at && at < s.end);
    const mentions = findPeople(text, language, people).filter((m) => !quoted(m.start));
    const roles = findRoles(text, language).filter((r) => !quoted(r.start));
    const events = [
      ...mentions.map((m) => ({ at: m.start, key: m.key as string | undefined })),
      ...roles.map((r) => ({ at: r.start, key: byRole(r.role) })),
    ].sort((a, b) => a.at - b.at);
    let next = 0;
    const catchUp = (until: number) => {
      for (; next < events.length && (events[next]?.at ?? Infinity) < until; next++) {
        const key = events[next]?.key;
        if (key) history.push(key);
        // Only recent names matter for "the last person named"; an old one is not a fallback.
        if (history.length > 400) history.splice(0, 200);
      }
    };
    const paragraphMarks = groupQuotes(segments)
      .flatMap((quote, index): Mark[] => {
        const first = quote.segments[0];
        catchUp(first?.start ?? 0);
        const clause = quote.attribution;
        let speaker: string | undefined;
        if (clause) {
          const named = mentions.find((m) => m.start >= clause.start && m.start < clause.end);
          const role = roles.find((r) => r.start >= clause.start && r.start < clause.end);
          const words = text.slice(clause.start, clause.end);
          speaker = named?.key ?? (role && byRole(role.role)) ?? lastOf(genderOf(words, language));
        } else {
          speaker = lastSpeaker ?? lastOf();
        }
        lastSpeaker = speaker;
        const ref = `${id}-q${index + 1}`;
        // The person's key for now: the id depends on what is learnt about them later (gender).
        const speakerId = speaker && people.has(speaker) ? speaker : unknownSpeaker;
        return [
          ...quote.segments.map((s) => ({
            kind: 'quote' as const,
            ref,
            speaker: speakerId,
            start: s.start,
            end: s.end,
          })),
          ...(clause ? [{ kind: 'attribution' as const, ref, speaker: speakerId, ...clause }] : []),
        ];
      })
      .sort((a, b) => a.start - b.start);
    catchUp(Infinity); // people named after the last quote count for the next paragraph
    return paragraphMarks;
  });

  const spoken = new Set(marks.flat().map((mark) => mark.speaker));
  const speakers: DetectedSpeaker[] = [...people.values()]
    .filter((person) => spoken.has(person.key))
    .map((person) => ({
      id: personId(person, language),
      key: person.key,
      name: displayName(person, language),
      ...(person.roleWords[0] ? { role: person.roleWords[0] } : {}),
    }));
  if (spoken.has(unknownSpeaker)) speakers.push({ id: 'unknown', key: '', name: '?' });
  const idOf = new Map(speakers.map((speaker) => [speaker.key || unknownSpeaker, speaker.id]));
  for (const mark of marks.flat()) mark.speaker = idOf.get(mark.speaker) ?? 'unknown';
  return { marks, speakers };
}
