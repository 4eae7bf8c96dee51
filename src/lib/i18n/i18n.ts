import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as v from 'valibot';
import { afterNextPaint } from '@/lib/after-next-paint';
import { rememberForFirstPaint } from '@/lib/first-paint';
import { navigate } from '@/lib/router';
import { storedValue } from '@/lib/storage';
import { detectLanguage } from './detect-language';
import { localizedPath } from './language-path';
import { readableFallback } from './missing-key';
import { defaultLanguage, languageSchema, languages, type Language } from './languages';
import { loadNamespace, startupNamespaces } from './resources';

export const savedLanguage = storedValue(
  'interface-language',
  v.optional(languageSchema),
  undefined,
);

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const parsed = v.safeParse(languageSchema, language);
    if (!parsed.success) return callback(new Error(`Unsupported language ${language}`), null);
    loadNamespace(parsed.output, namespace).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

let cancelTitle = () => {};

/**
 * Keeps `<html lang>` and the title in step with the interface language. The title is not part of
 * the page's frame, and setting it costs about 0.2 ms, so it follows the switch's paint.
 */
function reflectOnPage(language: string, { now = false } = {}) {
  // This page's document, kept for the deferred title: a test environment can be torn down (and
  // its global `document` with it) before the next frame comes.
  const page = document;
  page.documentElement.lang = language;
  cancelTitle();
  const setTitle = () => {
    page.title = i18next.t('common:app.title');
  };
  // At start-up there is no switch to paint first; and a hidden page paints no frames, so it would
  // wait until shown, while its tab's title is visible.
  if (now || page.visibilityState === 'hidden') setTitle();
  else cancelTitle = afterNextPaint(setTitle);
}

export function initialLanguage(): Language {
  return detectLanguage({
    search: window.location.search,
    pathname: window.location.pathname,
    saved: savedLanguage.read(),
    browser: navigator.languages ?? [navigator.language],
  });
}

export async function initI18n(language: Language = initialLanguage()) {
  i18next.on('languageChanged', reflectOnPage);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      supportedLngs: languages,
      ns: startupNamespaces,
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      saveMissing: true,
      // A missing key is a bug: say so loudly (browser tests fail on console warnings).
      missingKeyHandler: (lngs, ns, key) => {
        console.warn(`i18next: missing key "${ns}:${key}" for ${lngs.join(', ')}`);
      },
      // A key missing in one language falls back to English (fallbackLng); one missing everywhere
      // still shows the reader words, not "vocabulary:export.problems.tooLarge".
      parseMissingKeyHandler: (key, defaultValue) => defaultValue || readableFallback(key),
      react: { useSuspense: true },
    });
  reflectOnPage(i18next.language, { now: true });
  return i18next;
}

/**
 * The saved choice, for the service worker: it serves a returning reader the page in that
 * language from the start (decision record 14).
 */
export function rememberLanguageForFirstPaint() {
  const language = savedLanguage.read();
  void rememberForFirstPaint('interface', language ? { language } : {});
}

/** Switches the interface language, remembers it, and keeps the URL (`?lng=`, `/ru/`) truthful. */
export async function changeLanguage(language: Language) {
  savedLanguage.write(language);
  const url = new URL(window.location.href);
  if (url.searchParams.has('lng')) url.searchParams.set('lng', language);
  url.pathname = localizedPath(url.pathname, language);
  // Writing the URL (History API) costs milliseconds: it waits until the new language is painted.
  afterNextPaint(() => {
    navigate(url, { replace: true });
    rememberLanguageForFirstPaint();
  });
  await i18next.changeLanguage(language);
}
