import i18next from 'i18next';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { App } from '@/app/app';
import { articlePath, routeKey } from '@/app/paths';
import { curatedSkeleton, loadCuratedReading } from '@/content/curated-article';
import { localizedPath } from '@/lib/i18n/language-path';
import { defaultLanguage, languages, type Language } from '@/lib/i18n/languages';
import { namespaces } from '@/lib/i18n/resources';
import { PrerenderUrlContext } from '@/lib/router';

const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  eager: true,
  import: 'default',
});

function resources() {
  return Object.fromEntries(
    languages.map((language) => [
      language,
      Object.fromEntries(
        namespaces.map((ns) => [ns, files[`../locales/${language}/${ns}.json`] ?? {}]),
      ),
    ]),
  );
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  const decoder = new TextDecoder();
  let html = '';
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>)
    html += decoder.decode(chunk, { stream: true });
  return html + decoder.decode();
}

/** Renders one page to static HTML at build time, waiting for lazily loaded pages to resolve. */
export async function render(pathname: string, language: Language) {
  // Loaded before rendering, so that the reader page does not suspend while it is prerendered.
  await loadCuratedReading();
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    ns: namespaces,
    defaultNS: 'common',
    resources: resources(),
    interpolation: { escapeValue: false },
  });
  const { prelude } = await prerender(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PrerenderUrlContext.Provider value={{ pathname, search: '' }}>
          <App />
        </PrerenderUrlContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
  return {
    html: await readAll(prelude),
    route: routeKey(pathname),
    title: i18n.t('common:app.title'),
    description: i18n.t('common:app.description'),
  };
}

type Page = {
  path: string;
  file: string;
  language: Language;
  canonical: string;
  alternates: { hreflang: string; path: string }[];
};

/** Every prerendered page: each route in each interface language, with its canonical URL. */
export function prerenderPages(): Page[] {
  const routes = [
    { path: '/', file: 'index.html' },
    {
      path: articlePath(curatedSkeleton.id),
      file: `articles/${curatedSkeleton.id}/index.html`,
      canonical: '/',
    },
    { path: '/vocabulary', file: 'vocabulary/index.html' },
    { path: '/practice', file: 'practice/index.html' },
  ];
  return routes.flatMap((route) =>
    languages.map((language) => {
      const path = localizedPath(route.path, language);
      const alternates = languages.map((other) => ({
        hreflang: other,
        path: localizedPath(route.canonical ?? route.path, other),
      }));
      return {
        path,
        file: language === defaultLanguage ? route.file : `${language}/${route.file}`,
        language,
        canonical: localizedPath(route.canonical ?? route.path, language),
        alternates: [...alternates, { hreflang: 'x-default', path: route.canonical ?? route.path }],
      };
    }),
  );
}
