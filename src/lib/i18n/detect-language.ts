import { defaultLanguage, toLanguage, type Language } from './languages';

export type LanguageSignals = {
  /** `location.search`, e.g. "?lng=ru" */
  search: string;
  /** The reader's saved choice, already parsed. */
  saved: Language | undefined;
  /** `navigator.languages`, most preferred first. */
  browser: readonly string[];
};

/** URL `?lng=` wins, then the saved choice, then the browser's languages, then English. */
export function detectLanguage({ search, saved, browser }: LanguageSignals): Language {
  const fromUrl = toLanguage(new URLSearchParams(search).get('lng'));
  if (fromUrl) return fromUrl;
  if (saved) return saved;
  for (const tag of browser) {
    const fromBrowser = toLanguage(tag);
    if (fromBrowser) return fromBrowser;
  }
  return defaultLanguage;
}
