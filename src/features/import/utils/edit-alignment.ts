import type { Article } from '@/content/article-schema';

/** Where a group sits: its paragraph and its place among the paragraph's groups. */
function locate(article: Article, groupId: string) {
  for (const [p, paragraph] of article.paragraphs.entries()) {
    const g = paragraph.groups.findIndex((group) => group.id === groupId);
    if (g >= 0) return { p, g, paragraph };
  }
  return undefined;
}

/** Whether a group has a following group to merge with: sentence indexes are per paragraph. */
export function canMergeWithNext(article: Article, groupId: string): boolean {
  const found = locate(article, groupId);
  return !!found && found.g + 1 < found.paragraph.groups.length;
}

/**
 * Joins a group with the next one in its paragraph; the merged group keeps the first id so the
 * focus and the reader's place stay on it. Returns the article unchanged when there is no next.
 */
export function mergeWithNext(article: Article, groupId: string): Article {
  const found = locate(article, groupId);
  if (!found) return article;
  const { p, g, paragraph } = found;
  const [first, second] = [paragraph.groups[g], paragraph.groups[g + 1]];
  if (!first || !second) return article;
  const merged = { id: first.id, ru: [...first.ru, ...second.ru], en: [...first.en, ...second.en] };
  const groups = paragraph.groups.toSpliced(g, 2, merged);
  return {
    ...article,
    paragraphs: article.paragraphs.with(p, { ...paragraph, groups }),
  };
}
