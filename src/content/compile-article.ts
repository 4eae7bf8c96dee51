import {
  articleSchema,
  sides,
  type Article,
  type Mark,
  type Paragraph,
  type Side,
  type Span,
} from './article-schema.ts';
import {
  authoredArticleSchema,
  type AuthoredParagraph,
  type AuthoredSpeech,
} from './authoring-schema.ts';

export class ArticleCompileError extends Error {
  override name = 'ArticleCompileError';
}

const sentenceSeparator = ' ';

function locate(text: string, words: string, where: string): Span {
  const start = text.indexOf(words);
  if (start < 0) throw new ArticleCompileError(`${where}: “${words}” is not in the text`);
  if (text.indexOf(words, start + 1) >= 0) {
    throw new ArticleCompileError(`${where}: “${words}” occurs more than once; quote more words`);
  }
  return { start, end: start + words.length };
}

function speechMarks(
  speech: AuthoredSpeech[],
  kind: 'quote' | 'reported',
  paragraph: AuthoredParagraph,
  side: Side,
  text: string,
): Mark[] {
  return speech.flatMap((item, index) => {
    const ref = `${paragraph.id}-${kind === 'quote' ? 'q' : 'r'}${index + 1}`;
    const where = `${paragraph.id} (${side}) ${kind} ${index + 1}`;
    const words = item[side];
    const segments = (Array.isArray(words) ? words : [words]).map((part) => ({
      kind,
      ref,
      speaker: item.speaker,
      ...locate(text, part, where),
    }));
    const attribution = item.attribution?.[side];
    if (attribution === undefined) return segments;
    const attributionKind = kind === 'quote' ? 'attribution' : 'reportedAttribution';
    return [
      ...segments,
      {
        kind: attributionKind,
        ref,
        speaker: item.speaker,
        ...locate(text, attribution, `${where} attribution`),
      },
    ];
  });
}

function compileSide(paragraph: AuthoredParagraph, side: Side) {
  const sentences = paragraph.groups.flatMap((group) => group[side]);
  const text = sentences.join(sentenceSeparator);
  let offset = 0;
  const sentenceSpans = sentences.map((sentence) => {
    const span = { start: offset, end: offset + sentence.length };
    offset = span.end + sentenceSeparator.length;
    return span;
  });
  const marks = [
    ...speechMarks(paragraph.quotes, 'quote', paragraph, side, text),
    ...speechMarks(paragraph.reported, 'reported', paragraph, side, text),
  ].sort((a, b) => a.start - b.start);
  return { text, sentences: sentenceSpans, marks };
}

function compileParagraph(paragraph: AuthoredParagraph): Paragraph {
  const counters = { ru: 0, en: 0 };
  const groups = paragraph.groups.map((group, index) => {
    const indexes = (side: Side) => group[side].map(() => counters[side]++);
    return { id: `${paragraph.id}-s${index + 1}`, ru: indexes('ru'), en: indexes('en') };
  });
  return {
    id: paragraph.id,
    ru: compileSide(paragraph, 'ru'),
    en: compileSide(paragraph, 'en'),
    groups,
  };
}

/** Turns the authoring format into an `Article`, with a precise message for every problem. */
export function compileArticle(input: unknown): Article {
  const authored = authoredArticleSchema.parse(input);
  const paragraphs = authored.paragraphs.map(compileParagraph);
  const textOf = (paragraphId: string, side: Side) => {
    const paragraph = paragraphs.find((p) => p.id === paragraphId);
    if (!paragraph) throw new ArticleCompileError(`note on unknown paragraph ${paragraphId}`);
    return paragraph[side].text;
  };
  const notes = authored.notes.map((note) => {
    const [ru, en] = sides.map((side) =>
      locate(textOf(note.paragraph, side), note[side], `note ${note.id} (${side})`),
    ) as [Span, Span];
    return { ...note, ru, en };
  });
  return articleSchema.parse({ ...authored, paragraphs, notes });
}
