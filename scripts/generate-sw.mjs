// Writes dist/sw.js after prerendering: the precache list is every file of the build (source maps
// aside), and the version is a hash of their contents, so any change makes a new worker.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import * as firstPaint from './sw/first-paint.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    ),
  );
  return nested.flat();
}

const all = (await files(dist))
  .filter((file) => !file.endsWith('.map') && !file.endsWith('sw.js'))
  .sort();
const template = await readFile(join(root, 'scripts/service-worker.template.js'), 'utf8');
const firstPaintCode = [
  `const firstPaintAttributes = ${JSON.stringify(firstPaint.firstPaintAttributes)};`,
  `const firstPaintViews = ${JSON.stringify(firstPaint.firstPaintViews)};`,
  `const htmlTagSearchLimit = ${firstPaint.htmlTagSearchLimit};`,
  firstPaint.storedRecord.toString(),
  firstPaint.withViewOf.toString(),
  firstPaint.pageAddressFor.toString(),
  firstPaint.attributesFor.toString(),
  firstPaint.htmlStartTagEnd.toString(),
  firstPaint.htmlAttributesAdder.toString(),
].join('\n\n');
// The worker's own code is part of the version too: a change to it alone is a new version.
const hash = createHash('sha256').update(template).update(firstPaintCode);
const urls = [];
for (const file of all) {
  hash.update(file).update(await readFile(file));
  const path = `/${relative(dist, file).split('\\').join('/')}`;
  // Pages are cached under their clean address (/ru/ rather than /ru/index.html).
  urls.push(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
}
const version = hash.digest('hex').slice(0, 16);
await writeFile(
  join(dist, 'sw.js'),
  template
    .replace('__VERSION__', JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(urls, null, 2))
    .replace(/\/\* __FIRST_PAINT__.*\*\//, () => firstPaintCode),
);
console.log(`service worker ${version}: ${urls.length} files precached`);
