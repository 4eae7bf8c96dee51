import { curatedArticle } from '@/content/curated-article';
import { stripLanguagePrefix } from '@/lib/i18n/language-path';

export const articlePath = (id: string) => `/articles/${id}`;

export type RouteKey = 'reader' | 'vocabulary' | 'practice' | 'import' | 'not-found';

/** Which page a path shows, whatever its language prefix (/ru/…) or trailing slash. */
export function routeKey(pathname: string): RouteKey {
  const path = stripLanguagePrefix(pathname).replace(/\/+$/, '') || '/';
  if (path === '/' || path === articlePath(curatedArticle.id)) return 'reader';
  if (path === '/vocabulary') return 'vocabulary';
  if (path === '/practice') return 'practice';
  if (path === '/import') return 'import';
  return 'not-found';
}
