// Prerenders the app's pages into dist/ after `vite build`: each page in each interface language is
// static HTML with its text, so reading never waits for JavaScript; the client hydrates it.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const ssrOut = join(root, 'node_modules/.prerender');
// Canonical and hreflang links must be absolute: the public origin comes from the environment.
const origin = (process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');

const escapeHtml = (text) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

await build({
  root,
  logLevel: 'error', // the SSR build repeats the client build's notices
  build: {
    ssr: 'src/entry-server.tsx',
    outDir: ssrOut,
    emptyOutDir: true,
    sourcemap: false,
    copyPublicDir: false,
  },
});
const { render, prerenderPages } = await import(
  pathToFileURL(join(ssrOut, 'entry-server.js')).href
);
const template = await readFile(join(dist, 'index.html'), 'utf8');

// The template links the stylesheets of the reader, which the entry imports. A page whose code is
// loaded on demand would otherwise paint unstyled and then move as its stylesheet arrived.
const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8'));
const routeModules = {
  vocabulary: 'src/app/vocabulary-routes.tsx',
  practice: 'src/app/vocabulary-routes.tsx',
};
function stylesheetsOf(module, seen = new Set()) {
  const chunk = manifest[module];
  if (!chunk) throw new Error(`prerender: ${module} is not in the build manifest`);
  if (seen.has(module)) return [];
  seen.add(module);
  return [...(chunk.css ?? []), ...(chunk.imports ?? []).flatMap((i) => stylesheetsOf(i, seen))];
}
function withRouteStylesheets(document, route) {
  const module = routeModules[route];
  if (!module) return document;
  const links = [...new Set(stylesheetsOf(module))]
    .filter((file) => !document.includes(`href="/${file}"`))
    .map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
  return document.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}

for (const page of prerenderPages()) {
  const { html, route, title, description } = await render(page.path, page.language);
  const links = [
    `<link rel="canonical" href="${origin}${page.canonical}" />`,
    ...page.alternates.map(
      ({ hreflang, path }) =>
        `<link rel="alternate" hreflang="${hreflang}" href="${origin}${path}" />`,
    ),
  ];
  const document = withRouteStylesheets(template, route)
    .replace(/<html lang="[^"]*">/, `<html lang="${page.language}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(description)}" />`,
    )
    .replace('</head>', `    ${links.join('\n    ')}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" data-route="${route}">${html}</div>`)
    // The text is in the page and needs no script: on a slow link the app's code must not take
    // bandwidth from the stylesheet that the first paint waits for.
    .replace(
      '<script type="module" crossorigin src=',
      '<script type="module" crossorigin fetchpriority="low" src=',
    );
  if (!document.includes(`data-route="${route}"`))
    throw new Error(`index.html has no empty #root to fill (${page.path})`);
  const file = join(dist, page.file);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, document);
  console.log(
    `prerendered ${page.path} (${page.language}) → dist/${page.file}, ${(document.length / 1024).toFixed(1)} kB`,
  );
}
await rm(ssrOut, { recursive: true, force: true });
await rm(join(dist, '.vite'), { recursive: true, force: true });
