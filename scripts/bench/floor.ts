import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Only what the floor page needs from the authoring format (docs/decisions/0002). */
const sides = z.object({ ru: z.string(), en: z.string() });
const authoredArticle = z.object({
  headline: sides,
  paragraphs: z.array(
    z.object({
      id: z.string(),
      groups: z.array(z.object({ ru: z.array(z.string()), en: z.array(z.string()) })),
    }),
  ),
});
export type FloorText = z.infer<typeof authoredArticle>;

export const articleFile = 'src/content/articles/stufft-astana-press-conference/article.json';

export const readArticle = (file = articleFile): FloorText =>
  authoredArticle.parse(JSON.parse(readFileSync(file, 'utf8')));

/** A paragraph's text on one side: its groups' sentences joined by spaces. */
export const paragraphText = (paragraph: FloorText['paragraphs'][number], side: 'ru' | 'en') =>
  paragraph.groups.flatMap((group) => group[side]).join(' ');

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

const css = `html { color-scheme: light dark; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 1.0625rem/1.6 system-ui, sans-serif; }
h1 { font-size: 1.5rem; line-height: 1.3; }
.pair { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 0 2rem; }
`;

/**
 * The floor: the same article text as plain static HTML with one small stylesheet and no script,
 * the fastest this content can be. Lighthouse measures it in the same run as the app.
 */
export function floorHtml(article: FloorText) {
  const rows = article.paragraphs.map(
    (paragraph) =>
      `<div class="pair">` +
      `<p lang="ru">${escapeHtml(paragraphText(paragraph, 'ru'))}</p>` +
      `<p lang="en">${escapeHtml(paragraphText(paragraph, 'en'))}</p></div>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The benchmark's floor: the article text as plain HTML.">
<title>${escapeHtml(article.headline.en)}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/floor/floor.css">
</head>
<body>
<main>
<h1><span lang="ru">${escapeHtml(article.headline.ru)}</span><br>${escapeHtml(article.headline.en)}</h1>
${rows.join('\n')}
</main>
</body>
</html>
`;
}

/** Writes the floor page into `dir` (index.html + floor.css) and returns the directory. */
export function writeFloor(dir: string, article = readArticle()) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), floorHtml(article));
  writeFileSync(join(dir, 'floor.css'), css);
  return dir;
}
