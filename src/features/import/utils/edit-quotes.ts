import { sides, type Article, type Mark, type Side, type Speaker } from '@/content/article-schema';

/** One direct quote as the review screen lists it: both sides' words and who says them. */
export type QuoteSummary = {
  ref: string;
  paragraphId: string;
  /** 1-based, as the reader counts paragraphs. */
  paragraph: number;
  speaker: string;
  text: Record<Side, string>;
  clause: Record<Side, string>;
};

const isSpeech = (mark: Mark) => mark.kind === 'quote' || mark.kind === 'attribution';

/** Every direct quote, in reading order; a quote found on one side only has an empty other side. */
export function quotesOf(article: Article): QuoteSummary[] {
  const quotes: QuoteSummary[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const byRef = new Map<string, QuoteSummary>();
    for (const side of sides) {
      const { text, marks } = paragraph[side];
      for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
        if (!isSpeech(mark)) continue;
        let quote = byRef.get(mark.ref);
        if (!quote) {
          quote = {
            ref: mark.ref,
            paragraphId: paragraph.id,
            paragraph: index + 1,
            speaker: mark.speaker,
            text: { ru: '', en: '' },
            clause: { ru: '', en: '' },
          };
          byRef.set(mark.ref, quote);
        }
        const words = text.slice(mark.start, mark.end);
        const field = mark.kind === 'quote' ? quote.text : quote.clause;
        field[side] = field[side] ? `${field[side]} … ${words}` : words;
      }
    }
    quotes.push(...byRef.values());
  });
  return quotes;
}

/** Speakers no mark names any more are dropped: the reader's legend lists only who speaks. */
function withSpeakersInUse(article: Article): Article {
  const used = new Set(
    article.paragraphs.flatMap((p) => sides.flatMap((side) => p[side].marks.map((m) => m.speaker))),
  );
  const speakers = article.speakers.filter((speaker) => used.has(speaker.id));
  return speakers.length === article.speakers.length ? article : { ...article, speakers };
}

function mapMarks(article: Article, change: (marks: Mark[]) => Mark[]): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.map((paragraph) => ({
      ...paragraph,
      ru: { ...paragraph.ru, marks: change(paragraph.ru.marks) },
      en: { ...paragraph.en, marks: change(paragraph.en.marks) },
    })),
  };
}

export function setQuoteSpeaker(article: Article, ref: string, speaker: string): Article {
  if (!article.speakers.some((s) => s.id === speaker)) return article;
  const changed = mapMarks(article, (marks) =>
    marks.map((mark) => (mark.ref === ref && isSpeech(mark) ? { ...mark, speaker } : mark)),
  );
  return withSpeakersInUse(changed);
}

/** "Not a quote": the words stay, their marks (both sides, clause included) go. */
export function removeQuote(article: Article, ref: string): Article {
  return withSpeakersInUse(mapMarks(article, (marks) => marks.filter((m) => m.ref !== ref)));
}

export function renameSpeaker(article: Article, id: string, name: Record<Side, string>): Article {
  const ru = name.ru.trim();
  const en = name.en.trim();
  if (!ru || !en) return article;
  return {
    ...article,
    speakers: article.speakers.map((s) => (s.id === id ? { ...s, name: { ru, en } } : s)),
  };
}

/** A new speaker (the reader names them), with an id no one else has. */
export function addSpeaker(article: Article, name: Record<Side, string>) {
  let n = article.speakers.length + 1;
  while (article.speakers.some((s) => s.id === `speaker-${n}`)) n++;
  const speaker: Speaker = {
    id: `speaker-${n}`,
    name: { ru: name.ru.trim() || name.en.trim(), en: name.en.trim() || name.ru.trim() },
    role: { ru: '—', en: '—' },
  };
  return { article: { ...article, speakers: [...article.speakers, speaker] }, id: speaker.id };
}

const openingMarks = /^[\s«“„"'‘–—-]+/u;
const closingMarks = /[\s»”“"'’]+$/u;

/**
 * Marks a sentence pair the detector missed as direct speech by `speaker`, on both sides (the
 * quotation marks and dialogue dash left outside). Undefined when it would overlap another mark.
 */
export function markPairAsQuote(article: Article, groupId: string, speaker: string) {
  const index = article.paragraphs.findIndex((p) => p.groups.some((g) => g.id === groupId));
  const paragraph = article.paragraphs[index];
  const group = paragraph?.groups.find((g) => g.id === groupId);
  if (!paragraph || !group || !article.speakers.some((s) => s.id === speaker)) return undefined;
  const taken = new Set(sides.flatMap((side) => paragraph[side].marks.map((m) => m.ref)));
  let n = 1;
  while (taken.has(`${paragraph.id}-q${n}`)) n++;
  const ref = `${paragraph.id}-q${n}`;
  const marked = { ...paragraph };
  for (const side of sides) {
    const spans = group[side].map((k) => paragraph[side].sentences[k]);
    const first = spans[0];
    const last = spans.at(-1);
    if (!first || !last) continue;
    const words = paragraph[side].text.slice(first.start, last.end);
    const start = first.start + (openingMarks.exec(words)?.[0].length ?? 0);
    const end = last.end - (closingMarks.exec(words)?.[0].length ?? 0);
    if (end <= start) continue;
    const overlaps = paragraph[side].marks.some((m) => m.start < end && start < m.end);
    if (overlaps) return undefined;
    const mark: Mark = { kind: 'quote', ref, speaker, start, end };
    marked[side] = {
      ...paragraph[side],
      marks: [...paragraph[side].marks, mark].sort((a, b) => a.start - b.start),
    };
  }
  if (marked.ru === paragraph.ru && marked.en === paragraph.en) return undefined;
  const paragraphs = article.paragraphs.map((p, k) => (k === index ? marked : p));
  return { ...article, paragraphs };
}

/** A speaker the reader picked: one of the article's, or a new one they named. */
export type PickedSpeaker = { id: string } | { name: Record<Side, string> };

function withPicked(article: Article, pick: PickedSpeaker) {
  return 'id' in pick ? { article, id: pick.id } : addSpeaker(article, pick.name);
}

/** Gives a quote to a speaker, creating them first if the reader named someone new. */
export function assignSpeaker(article: Article, ref: string, pick: PickedSpeaker): Article {
  const { article: withSpeaker, id } = withPicked(article, pick);
  return setQuoteSpeaker(withSpeaker, ref, id);
}

export function markPairAsQuoteBy(article: Article, groupId: string, pick: PickedSpeaker) {
  const { article: withSpeaker, id } = withPicked(article, pick);
  return markPairAsQuote(withSpeaker, groupId, id);
}
