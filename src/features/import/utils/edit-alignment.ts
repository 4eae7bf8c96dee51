import { sides, type Article, type Side } from '@/content/article-schema';

/** Where a group sits: its paragraph and its place among the paragraph's groups. */
function locate(article: Article, groupId: string) {
  for (const [p, paragraph] of article.paragraphs.entries()) {
    const g = paragraph.groups.findIndex((group) => group.id === groupId);
    if (g >= 0) return { p, g, paragraph };
  }
  return undefined;
}

/** Whether a group has a following group to merge with, in its paragraph or the next one. */
export function canMergeWithNext(article: Article, groupId: string): boolean {
  const found = locate(article, groupId);
  return (
    !!found &&
    (found.g + 1 < found.paragraph.groups.length || found.p + 1 < article.paragraphs.length)
  );
}

/**
 * Two neighbouring paragraphs as one, on both sides: texts joined by a space, the second's
 * sentences, marks and groups moved along. The first paragraph's id stays.
 */
function joinWithNextParagraph(article: Article, p: number): Article {
  const first = article.paragraphs[p];
  const second = article.paragraphs[p + 1];
  if (!first || !second) return article;
  const joined = { ...first, groups: [...first.groups] };
  const moved = { ru: 0, en: 0 };
  for (const side of sides) {
    const a = first[side];
    const b = second[side];
    const gap = a.text && b.text ? ' ' : '';
    const offset = a.text.length + gap.length;
    moved[side] = a.sentences.length;
    joined[side] = {
      text: a.text + gap + b.text,
      sentences: [
        ...a.sentences,
        ...b.sentences.map((s) => ({ start: s.start + offset, end: s.end + offset })),
      ],
      marks: [
        ...a.marks,
        ...b.marks.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })),
      ],
    };
  }
  joined.groups.push(
    ...second.groups.map((group) => ({
      id: group.id,
      ru: group.ru.map((k) => k + moved.ru),
      en: group.en.map((k) => k + moved.en),
    })),
  );
  return { ...article, paragraphs: article.paragraphs.toSpliced(p, 2, joined) };
}

/**
 * Joins a group with the next one (across a paragraph break, by joining the paragraphs); the
 * merged group keeps the first id so the focus and the reader's place stay on it. Returns the
 * article unchanged when there is no next.
 */
export function mergeWithNext(article: Article, groupId: string): Article {
  const located = locate(article, groupId);
  if (!located) return article;
  // The last pair of a paragraph merges with the first of the next: the paragraphs join first.
  const last = located.g + 1 === located.paragraph.groups.length;
  const base = last ? joinWithNextParagraph(article, located.p) : article;
  const found = base === article ? located : locate(base, groupId);
  if (!found) return article;
  const { p, g, paragraph } = found;
  const [first, second] = [paragraph.groups[g], paragraph.groups[g + 1]];
  if (!first || !second) return article;
  const merged = { id: first.id, ru: [...first.ru, ...second.ru], en: [...first.en, ...second.en] };
  const groups = paragraph.groups.toSpliced(g, 2, merged);
  return { ...base, paragraphs: base.paragraphs.with(p, { ...paragraph, groups }) };
}

/** An id not yet used by any group of the article, derived from `base`. */
function freshId(article: Article, base: string) {
  const used = new Set(
    article.paragraphs.flatMap((paragraph) => paragraph.groups.map((g) => g.id)),
  );
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Splits a group in two at a sentence boundary on each side: the first `at.ru` Russian and
 * `at.en` English sentences stay, the rest form a new group after it. A cut that would leave
 * either part without any sentence changes nothing.
 */
export function splitGroup(article: Article, groupId: string, at: Record<Side, number>): Article {
  const found = locate(article, groupId);
  if (!found) return article;
  const { p, g, paragraph } = found;
  const group = paragraph.groups[g];
  if (!group) return article;
  const first = { id: group.id, ru: group.ru.slice(0, at.ru), en: group.en.slice(0, at.en) };
  const rest = {
    id: freshId(article, group.id),
    ru: group.ru.slice(at.ru),
    en: group.en.slice(at.en),
  };
  const empty = (part: { ru: number[]; en: number[] }) => part.ru.length + part.en.length === 0;
  if (empty(first) || empty(rest)) return article;
  const groups = paragraph.groups.toSpliced(g, 1, first, rest);
  return { ...article, paragraphs: article.paragraphs.with(p, { ...paragraph, groups }) };
}

export type Direction = 'up' | 'down';

/** Whether `shiftSentence` would move anything. */
export function canShift(article: Article, groupId: string, side: Side, direction: Direction) {
  return shiftSentence(article, groupId, side, direction) !== article;
}

/**
 * Moves one sentence of one side across the border with a neighbouring group in the same
 * paragraph: `down` gives this group's last sentence to the next group, `up` gives its first to
 * the previous one. Sentences keep their order; a group left with no sentence is removed.
 */
export function shiftSentence(
  article: Article,
  groupId: string,
  side: Side,
  direction: Direction,
): Article {
  const found = locate(article, groupId);
  if (!found) return article;
  const { p, g, paragraph } = found;
  const group = paragraph.groups[g];
  const neighbourIndex = direction === 'down' ? g + 1 : g - 1;
  const neighbour = paragraph.groups[neighbourIndex];
  if (!group || !neighbour || group[side].length === 0) return article;
  const moved = direction === 'down' ? group[side].slice(-1) : group[side].slice(0, 1);
  const kept = direction === 'down' ? group[side].slice(0, -1) : group[side].slice(1);
  const received =
    direction === 'down' ? [...moved, ...neighbour[side]] : [...neighbour[side], ...moved];
  const groups = paragraph.groups
    .map((each, index) => {
      if (index === g) return { ...each, [side]: kept };
      if (index === neighbourIndex) return { ...each, [side]: received };
      return each;
    })
    .filter((each) => each.ru.length + each.en.length > 0);
  return { ...article, paragraphs: article.paragraphs.with(p, { ...paragraph, groups }) };
}
