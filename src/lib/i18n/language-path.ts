import { defaultLanguage, type Language } from './languages';

// Russian pages live under /ru/ (prerendered there); English, the default, has no prefix.
const prefix = /^\/ru(?=\/|$)/;

export function languageFromPath(pathname: string): Language | undefined {
  return prefix.test(pathname) ? 'ru' : undefined;
}

export function stripLanguagePrefix(pathname: string): string {
  return pathname.replace(prefix, '') || '/';
}

/** The same page in another interface language: `/` ↔ `/ru/`, `/vocabulary` ↔ `/ru/vocabulary`. */
export function localizedPath(pathname: string, language: Language): string {
  const bare = stripLanguagePrefix(pathname);
  if (language === defaultLanguage) return bare;
  return bare === '/' ? `/${language}/` : `/${language}${bare}`;
}
