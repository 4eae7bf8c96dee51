import { isReportingClause, trimmed, type SpeechSegment } from './speech-segment';

const dashOpening = /^\s*[–—]\s+/u;
// Speech ends at punctuation followed by a dash and a lower-case word: ", – сказал он".
// A dash after a word ("он – одна из") is a dash inside the speech, not its end. A spaced hyphen
// counts as a dash here (typed copy), but not at the opening, where "- " also starts list items.
const speechEnd = /[,!?…]\s+[–—-]\s+(?=\p{Ll})/gu;
// A reporting clause ends at "." (speech over) or at punctuation followed by a dash (speech goes on).
const clauseEnd = /[.,:;!?…](\s+[–—-]\s+)?/gu;

/**
 * Direct speech in Russian dialogue form: a paragraph that opens with a dash, possibly
 * interrupted by its reporting clause: "– …, – сказал он. – …".
 */
function dashSpeech(text: string): SpeechSegment[] {
  const opening = dashOpening.exec(text);
  if (!opening) return [];
  const segments: SpeechSegment[] = [];
  let position = opening[0].length;
  for (;;) {
    speechEnd.lastIndex = position;
    const end = speechEnd.exec(text);
    if (!end) {
      segments.push(trimmed(text, position, text.length));
      return segments;
    }
    const segment: SpeechSegment = trimmed(text, position, end.index + 1);
    segments.push(segment);
    const clauseStart = end.index + end[0].length;
    clauseEnd.lastIndex = clauseStart;
    let stop: RegExpExecArray | null;
    while ((stop = clauseEnd.exec(text))) {
      if (stop[1] || /[.!?…]/u.test(stop[0].charAt(0))) break;
    }
    const clauseStop = stop ? stop.index : text.length;
    segment.attribution = trimmed(text, clauseStart, clauseStop);
    if (!stop?.[1]) return segments; // the speech is over; what follows is narration
    position = stop.index + stop[0].length;
  }
}

// «…» (with «» nested inside), and the quotation marks news sites also use: „…“, “…”, "…".
const quotations = /«[^«»]*(?:«[^«»]*»[^«»]*)*»|„[^„“]*“|“[^“”]*”|"[^"]*"/gu;
// The dash before a reporting clause; news copy often types it as a spaced hyphen ("», - сказал").
const clauseDash = /^[,!?…]?\s*[–—-]\s+(?=\p{Ll})/u;

/**
 * Direct speech in quotation marks: a quotation followed by its reporting clause ("«…», – сказал он") or
 * introduced by one and a colon ("Он сказал: «…»"). Anything else in «» is a name or title
 * («Свобода-250», «Остров Сахалин») and not speech.
 */
function guillemetSpeech(text: string): SpeechSegment[] {
  const segments: SpeechSegment[] = [];
  for (const match of text.matchAll(quotations)) {
    const start = match.index + 1;
    const end = match.index + match[0].length - 1;
    const after = clauseDash.exec(text.slice(end + 1));
    if (after) {
      const clauseStart = end + 1 + after[0].length;
      const stop = /[.!?…]|$/u.exec(text.slice(clauseStart));
      const attribution = trimmed(text, clauseStart, clauseStart + (stop?.index ?? 0));
      // «Хабар 24» – из-за этого …: a name followed by a dash and narration, not by "сказал".
      if (isReportingClause(text.slice(attribution.start, attribution.end), 'ru')) {
        segments.push({ ...trimmed(text, start, end), attribution });
        continue;
      }
    }
    const before = text.slice(0, match.index);
    const colon = /([^.!?…]*):\s*$/u.exec(before);
    if (colon && isReportingClause(colon[1] ?? '', 'ru')) {
      const attribution = trimmed(text, colon.index, colon.index + (colon[1] ?? '').length);
      segments.push({ ...trimmed(text, start, end), attribution });
    }
  }
  return segments;
}

/** Direct speech in one Russian paragraph, in order. */
export function russianSpeech(text: string): SpeechSegment[] {
  const dialogue = dashSpeech(text);
  return dialogue.length > 0 ? dialogue : guillemetSpeech(text);
}
