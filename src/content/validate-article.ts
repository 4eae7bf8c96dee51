import {
  sides,
  type Article,
  type Mark,
  type Paragraph,
  type Side,
  type SideText,
} from './article-schema.ts';
import { extractNumbers } from './numbers.ts';
import { applyCurations, splitSourceParagraphs } from './source-paragraphs.ts';

export type ValidationIssue = { paragraph?: string; side?: Side; message: string };

type Options = {
  /** The Russian source text the article must reproduce (after its curations). */
  source?: string;
  /** Allowed sentence group shapes as "ru:en", e.g. "1:2". The curated article allows 1–1, 1–2, 2–1. */
  groupShapes?: readonly string[];
};

const curatedShapes = ['1:1', '1:2', '2:1'];

function firstDifference(a: string, b: string) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function excerpt(text: string, at: number) {
  return `…${text.slice(Math.max(0, at - 20), at)}⟦${text.slice(at, at + 20)}⟧…`;
}

function checkSource(article: Article, source: string, issues: ValidationIssue[]) {
  let expected: string[];
  try {
    expected = applyCurations(splitSourceParagraphs(source), article.curations);
  } catch (error) {
    issues.push({ message: (error as Error).message });
    return;
  }
  if (expected.length !== article.paragraphs.length) {
    issues.push({
      message: `the source has ${expected.length} paragraphs after curations, the article ${article.paragraphs.length}`,
    });
  }
  article.paragraphs.forEach((paragraph, index) => {
    const want = expected[index];
    if (want === undefined || want === paragraph.ru.text) return;
    const at = firstDifference(paragraph.ru.text, want);
    issues.push({
      paragraph: paragraph.id,
      side: 'ru',
      message: `differs from source paragraph ${index + 1} at character ${at}: article has ${excerpt(paragraph.ru.text, at)}, source has ${excerpt(want, at)}`,
    });
  });
}

function checkSentences(side: SideText, report: (message: string) => void) {
  if (side.text.trim().length === 0) return report('the text is empty');
  let covered = 0;
  side.sentences.forEach((sentence, index) => {
    if (sentence.end > side.text.length)
      return report(`sentence ${index + 1} ends beyond the text`);
    const gap = side.text.slice(covered, sentence.start);
    if (sentence.start < covered) report(`sentence ${index + 1} overlaps the one before`);
    else if (gap.trim())
      report(`the words “${gap.trim()}” before sentence ${index + 1} belong to no sentence`);
    covered = Math.max(covered, sentence.end);
  });
  const tail = side.text.slice(covered);
  if (tail.trim()) report(`the words “${tail.trim()}” at the end belong to no sentence`);
}

function checkGroups(
  paragraph: Paragraph,
  shapes: readonly string[],
  report: (message: string, side?: Side) => void,
) {
  for (const side of sides) {
    const seen = paragraph.groups.flatMap((group) => group[side]);
    const count = paragraph[side].sentences.length;
    seen.forEach((index, position) => {
      if (index !== position)
        report(`sentence ${index + 1} is grouped out of order or twice`, side);
    });
    if (seen.length < count) report(`sentences ${seen.length + 1}–${count} are in no group`, side);
    if (seen.some((index) => index >= count))
      report('a group names a sentence that does not exist', side);
  }
  for (const group of paragraph.groups) {
    const shape = `${group.ru.length}:${group.en.length}`;
    if (!shapes.includes(shape))
      report(`group ${group.id} is ${shape.replace(':', '–')}; allowed: ${shapes.join(', ')}`);
  }
}

function checkMarks(side: SideText, speakers: Set<string>, report: (message: string) => void) {
  const sorted = [...side.marks].sort((a, b) => a.start - b.start);
  sorted.forEach((mark, index) => {
    if (mark.end > side.text.length || mark.start >= mark.end)
      report(`${mark.kind} ${mark.ref} lies outside the text`);
    if (!speakers.has(mark.speaker))
      report(`${mark.kind} ${mark.ref} names unknown speaker “${mark.speaker}”`);
    const previous = sorted[index - 1];
    if (previous && mark.start < previous.end) {
      report(`${mark.kind} ${mark.ref} overlaps ${previous.kind} ${previous.ref}`);
    }
  });
  for (const mark of side.marks) {
    const spoken =
      mark.kind === 'attribution'
        ? 'quote'
        : mark.kind === 'reportedAttribution'
          ? 'reported'
          : undefined;
    if (spoken && !side.marks.some((m) => m.kind === spoken && m.ref === mark.ref)) {
      report(`${mark.kind} ${mark.ref} is attached to no ${spoken}`);
    }
  }
}

/** Quotes in the order they start, with their speakers: must be the same on both sides. */
function quoteSequence(marks: Mark[]) {
  const firstSegments = new Map<string, Mark>();
  for (const mark of marks) {
    if (mark.kind !== 'quote') continue;
    const known = firstSegments.get(mark.ref);
    if (!known || mark.start < known.start) firstSegments.set(mark.ref, mark);
  }
  return [...firstSegments.values()]
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.ref} (${m.speaker})`);
}

function checkNumbers(paragraph: Paragraph, report: (message: string, side?: Side) => void) {
  const ru = extractNumbers(paragraph.ru.text, 'ru');
  const en = extractNumbers(paragraph.en.text, 'en');
  for (const n of ru) if (!en.has(n)) report(`the number ${n} is missing from the English`, 'en');
  for (const n of en) if (!ru.has(n)) report(`the number ${n} is missing from the Russian`, 'ru');
}

/** Every problem found in an article, with its paragraph and side; an empty list means valid. */
export function validateArticle(article: Article, options: Options = {}): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const speakers = new Set(article.speakers.map((speaker) => speaker.id));
  const ids = new Set<string>();
  if (options.source !== undefined) checkSource(article, options.source, issues);

  for (const paragraph of article.paragraphs) {
    const report = (message: string, side?: Side) =>
      issues.push({ paragraph: paragraph.id, side, message });
    if (ids.has(paragraph.id)) report('the paragraph id is used twice');
    ids.add(paragraph.id);
    for (const side of sides) {
      checkSentences(paragraph[side], (message) => report(message, side));
      checkMarks(paragraph[side], speakers, (message) => report(message, side));
    }
    checkGroups(paragraph, options.groupShapes ?? curatedShapes, report);
    const [ru, en] = sides.map((side) => quoteSequence(paragraph[side].marks));
    if (ru?.join() !== en?.join()) {
      report(`the quotes differ between the sides: ru [${ru?.join(', ')}], en [${en?.join(', ')}]`);
    }
    checkNumbers(paragraph, report);
  }

  for (const curation of article.curations) {
    if (!ids.has(curation.paragraph))
      issues.push({
        message: `curation ${curation.id} names unknown paragraph ${curation.paragraph}`,
      });
  }
  for (const note of article.notes) {
    if (!ids.has(note.paragraph))
      issues.push({ message: `note ${note.id} names unknown paragraph ${note.paragraph}` });
  }
  return issues;
}

export function formatIssue({ paragraph, side, message }: ValidationIssue) {
  const where = [paragraph, side && `(${side})`].filter(Boolean).join(' ');
  return where ? `${where}: ${message}` : message;
}
