import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function stylesheets(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

// Units measured from the font's glyphs or line height (`lh`, `ch`, `ex`, …, and their root
// forms). Once a page uses one, Chromium forces a recalculation of every element's style whenever
// the root's font changes, and a new `<html lang>` changes it: the language switch cost 3 ms more.
const glyphRelativeLength = /(?<![\w-])\d*\.?\d+(?:r?(?:lh|ch|ex|ic|cap))(?![\w-])/g;

describe('stylesheets', () => {
  const files = stylesheets('src');

  it('are found', () => {
    expect(files).toContain(join('src', 'features', 'reader', 'reader.css'));
  });

  it.each(files)('%s uses no glyph-relative length units', (file) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.match(glyphRelativeLength) ?? []).toEqual([]);
  });
});
