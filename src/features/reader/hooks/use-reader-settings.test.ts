import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attributesFor, firstPaintViews, withViewOf } from '../../../../scripts/sw/first-paint.mjs';
import {
  defaultReaderSettings,
  fontSizes,
  lineSpacings,
  themes,
  viewModes,
  type ReaderSettings,
} from '../utils/reader-settings';
import { forFirstPaint } from './use-reader-settings';

const css = readFileSync('src/features/reader/reader.css', 'utf8');
const settings = (change: Partial<ReaderSettings>) => ({ ...defaultReaderSettings, ...change });

/** The declarations of the rule whose selector is exactly `selector`. */
const ruleFor = (selector: string) =>
  new RegExp(`(?:^|\\}|\\*/)\\s*${selector.replace(/[[\]().*]/g, '\\$&')}\\s*\\{([^}]*)\\}`).exec(
    css,
  )?.[1];

describe('settings for the first paint of the next visit', () => {
  it('leaves out what is at its default, so an untouched reader changes nothing', () => {
    expect(forFirstPaint(defaultReaderSettings)).toEqual({});
    // Swapping sides changes the order of the columns in the page: not something <html> can do.
    expect(forFirstPaint(settings({ swapped: true }))).toEqual({});
  });

  it('knows the same view modes as the service worker, which lets ?view= win as the app does', () => {
    expect([...firstPaintViews].sort()).toEqual([...viewModes].sort());
    for (const view of viewModes.filter((v) => v !== defaultReaderSettings.view)) {
      expect(attributesFor(forFirstPaint(settings({ view })))).toBe(` data-first-view="${view}"`);
    }
    const saved = forFirstPaint(settings({ view: 'ru', theme: 'dark' }));
    expect(attributesFor(withViewOf('https://reader.test/?view=interleaved', saved))).toBe(
      ' data-theme="dark" data-first-view="interleaved"',
    );
    expect(attributesFor(withViewOf('https://reader.test/?view=both', saved))).toBe(
      ' data-theme="dark" data-first-view="both"',
    );
    expect(attributesFor(withViewOf('https://reader.test/?view=nonsense', saved))).toBe(
      ' data-theme="dark" data-first-view="ru"',
    );
    expect(attributesFor(withViewOf('https://reader.test/ru/?view=en', null))).toBe(
      ' data-first-view="en"',
    );
  });

  it('gives every other theme, size and spacing as the service worker takes them', () => {
    const changed = settings({ theme: 'dark', fontSize: 28, lineSpacing: 'compact' });
    expect(forFirstPaint(changed)).toEqual({
      theme: 'dark',
      fontSize: '28',
      lineSpacing: 'compact',
    });
    expect(attributesFor(forFirstPaint(changed))).toBe(
      ' data-theme="dark" data-first-font-size="28" data-first-line-spacing="compact"',
    );
    for (const theme of themes.filter((t) => t !== 'system')) {
      expect(attributesFor(forFirstPaint(settings({ theme })))).toBe(` data-theme="${theme}"`);
    }
  });

  it('has a first-paint style for every text size the reader can choose, the same as its own', () => {
    for (const fontSize of fontSizes.filter((size) => size !== defaultReaderSettings.fontSize)) {
      expect(ruleFor(`:root[data-first-font-size='${fontSize}'] .reader`)).toContain(
        `--reader-font-size: ${fontSize}px !important`,
      );
    }
  });

  it('has a first-paint style for every line spacing, the same as the reader’s own', () => {
    // Top-level rules as [selectors, declarations].
    const rules = [...css.matchAll(/(?<=^|\}|\*\/)\s*([^{}/]+)\{([^}]*)\}/g)].map(
      ([, selectors = '', body = '']) => [selectors.split(',').map((x) => x.trim()), body] as const,
    );
    for (const spacing of lineSpacings.filter((s) => s !== defaultReaderSettings.lineSpacing)) {
      const own = rules.find(([selectors]) =>
        selectors.includes(`.reader[data-line-spacing='${spacing}']`),
      );
      expect(own?.[1]).toMatch(/--reader-line-height:\s*[\d.]+/);
      expect(own?.[0]).toContain(`:where(:root[data-first-line-spacing='${spacing}']) .reader`);
    }
  });
});
