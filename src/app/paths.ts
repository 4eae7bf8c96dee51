import { curatedSkeleton } from '@/content/curated-article';
import { stripLanguagePrefix } from '@/lib/i18n/language-path';

export const articlePath = (id: string) => `/articles/${id}`;

export type RouteKey =
  'reader' | 'imported-article' | 'vocabulary' | 'practice' | 'import' | 'not-found';

/** The id in an article path other than the curated one's: an article from the library. */
export function importedArticleId(pathname: string): string | undefined {
  const path = stripLanguagePrefix(pathname).replace(/\/+$/, '');
  const match = /^\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path);
  return match?.[1] !== curatedSkeleton.id ? match?.[1] : undefined;
}

/** Which page a path shows, whatever its language prefix (/ru/…) or trailing slash. */
export function routeKey(pathname: string): RouteKey {
  const path = stripLanguagePrefix(pathname).replace(/\/+$/, '') || '/';
  if (path === '/' || path === articlePath(curatedSkeleton.id)) return 'reader';
  if (path === '/vocabulary') return 'vocabulary';
  if (path === '/practice') return 'practice';
  if (path === '/import') return 'import';
  // Only the curated article is prerendered; imported ones live in this browser's IndexedDB.
  if (importedArticleId(path)) return 'imported-article';
  return 'not-found';
}
