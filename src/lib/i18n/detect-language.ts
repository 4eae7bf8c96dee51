import { languageFromPath } from './language-path';
import { defaultLanguage, toLanguage, type Language } from './languages';

export type LanguageSignals = {
  /** `location.search`, e.g. "?lng=ru" */
  search: string;
  /** `location.pathname`: Russian pages live under /ru/. */
  pathname?: string;
  /** The reader's saved choice, already parsed. */
  saved: Language | undefined;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
};

/** The URL (`?lng=`, then a /ru/ path) wins, then the saved choice, then the browser's languages, then English. */
export function detectLanguage({
  search,
  pathname = '/',
  saved,
  browser,
}: LanguageSignals): Language {
  const fromUrl = toLanguage(new URLSearchParams(search).get('lng')) ?? languageFromPath(pathname);
  if (fromUrl) return fromUrl;
  if (saved) return saved;
  for (const tag of browser) {
    const fromBrowser = toLanguage(tag);
    if (fromBrowser) return fromBrowser;
  }
  return defaultLanguage;
}
