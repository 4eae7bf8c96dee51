import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { expect, test } from './fixtures';
import { seedSettings } from './helpers';
import { library, saveArticle } from './library-helpers';

/**
 * Automated accessibility checks with axe-core (WCAG 2.0/2.1/2.2 A and AA plus axe best
 * practices), injected straight into the page. Every view mode is scanned in both themes and
 * both interface languages, then the transient states: revealed translations, the two dialogs,
 * the Display panel, Quotes only, the expanded About box and a phone-width layout.
 */

const require = createRequire(import.meta.url);
// Evaluated through the DevTools protocol: a <script> tag would be refused by the page's CSP.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Theme = 'light' | 'dark';
type Language = 'en' | 'ru';
const themes: readonly Theme[] = ['light', 'dark'];
const views = ['both', 'ru', 'en', 'interleaved'] as const;
type View = (typeof views)[number];

type Violation = {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
};

declare global {
  interface Window {
    axe?: { run: (context: Document, options: object) => Promise<AxeResults> };
  }
}

/** Waits for finite animations and transitions to end, so colours are measured at rest. */
async function settle(page: Page) {
  await page.evaluate(async () => {
    const running = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.race([
      Promise.all(running.map((animation) => animation.finished.catch(() => undefined))),
      new Promise((resolve) => setTimeout(resolve, 4000)),
    ]);
  });
}

async function runAxe(page: Page): Promise<Violation[]> {
  await settle(page);
  // axe finds a text's background by hit testing at its box. Paragraphs far from the viewport are
  // not laid out (content-visibility: auto), so there it would hit whatever happens to be at their
  // estimated place. Scan the text as each part looks on screen: every cell laid out.
  await page.evaluate(() => {
    for (const cell of document.querySelectorAll<HTMLElement>('.cell')) {
      cell.style.contentVisibility = 'visible';
    }
  });
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (values) => {
    const results = await window.axe!.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target
          .map((part) => (Array.isArray(part) ? part.join(' >>> ') : String(part)))
          .join(' '),
        html: node.html,
        summary: node.failureSummary ?? '',
      })),
    }));
  }, tags);
}

const maxNodes = 5;

function describe(scan: string, violations: Violation[]) {
  const lines = [`axe found ${violations.length} violation(s) in scan "${scan}":`];
  for (const violation of violations) {
    lines.push(
      '',
      `• ${violation.id} [${violation.impact}] ${violation.help}`,
      `  ${violation.helpUrl}`,
    );
    for (const node of violation.nodes.slice(0, maxNodes)) {
      lines.push(
        `  - target: ${node.target}`,
        `    html:   ${node.html.replace(/\s+/g, ' ').slice(0, 300)}`,
      );
      const summary = node.summary.replace(/\s+/g, ' ').trim();
      if (summary) lines.push(`    why:    ${summary.slice(0, 400)}`);
    }
    if (violation.nodes.length > maxNodes) {
      lines.push(`  … and ${violation.nodes.length - maxNodes} more element(s)`);
    }
  }
  return lines.join('\n');
}

/** Scans the page as it is now; a soft assertion, so one test can report several scans. */
async function expectNoViolations(page: Page, scan: string) {
  const violations = await runAxe(page);
  await test.info().attach(`axe: ${scan}`, {
    body: JSON.stringify(violations, null, 2),
    contentType: 'application/json',
  });
  expect
    .soft(
      violations.map(
        (violation) => `${violation.id} (${violation.impact}) ×${violation.nodes.length}`,
      ),
      describe(scan, violations),
    )
    .toEqual([]);
}

async function open(page: Page, view: View, language: Language) {
  await page.goto(`/?view=${view}&lng=${language}`);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('[data-paragraph="p1"]:visible').first()).toBeVisible();
}

test.describe('accessibility (axe-core)', () => {
  for (const language of ['en', 'ru'] as const) {
    for (const theme of themes) {
      test(`every view mode, ${theme} theme, ${language} interface`, async ({ page }) => {
        await seedSettings(page, { theme });
        for (const view of views) {
          await open(page, view, language);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await expectNoViolations(page, `view=${view}, ${theme}, lng=${language}`);
        }
      });
    }
  }

  for (const language of ['en', 'ru'] as const) {
    test(`the import page with a saved article in the library, ${language} interface`, async ({
      page,
    }) => {
      await saveArticle(page, 'Water conference');
      await page.goto(`/import?lng=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const item = library(page).getByRole('listitem').nth(1);
      await expect(item).toContainText('Water conference');
      // The reader's theme stays on <html> when they move on from the reader to this page.
      for (const theme of themes) {
        await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
        await expectNoViolations(page, `/import with a saved article, ${theme}, lng=${language}`);
      }
      if (language === 'ru') return;

      // The transient states: the inline rename with its refusal, and the undo message.
      await item.getByRole('button', { name: /^Rename/ }).click();
      await page.getByRole('textbox', { name: /^New title/ }).fill(' ');
      await page.keyboard.press('Enter');
      await expect(library(page).getByRole('alert')).toBeVisible();
      await expectNoViolations(page, '/import, renaming with an empty title');
      await page.keyboard.press('Escape');
      await item.getByRole('button', { name: /^Delete/ }).click();
      await expect(library(page).getByRole('button', { name: 'Undo' })).toBeFocused();
      await expectNoViolations(page, '/import, a deletion waiting for undo');
    });
  }

  for (const language of ['en', 'ru'] as const) {
    test(`the review screen with its quotes and speakers, ${language} interface`, async ({
      page,
    }) => {
      await page.goto(`/import?lng=${language}`);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.locator('input[type="text"], input:not([type])').first().fill('Talks');
      await page
        .locator('textarea[lang="ru"]')
        .fill('Президенты встретились в понедельник.\n\n«Мы готовы к диалогу», - сказал Токаев.');
      await page
        .locator('textarea[lang="en"]')
        .fill('The presidents met on Monday.\n\n“We are ready for dialogue,” Tokayev said.');
      await page.locator('form button[type="submit"]').first().click();
      await expect(page.locator('.import-quotes select').first()).toBeVisible();
      for (const theme of themes) {
        await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
        await expectNoViolations(page, `review screen with quotes, ${theme}, lng=${language}`);
      }
      // "Someone else…" opens the new speaker's name fields.
      await page.locator('.import-quotes select').first().selectOption('new');
      await expectNoViolations(page, `review screen naming a new speaker, lng=${language}`);
    });
  }

  test.describe('interactive states (English interface)', () => {
    for (const theme of themes) {
      test(`reveal all in the one-language views, ${theme} theme`, async ({ page }) => {
        await seedSettings(page, { theme });
        for (const view of ['ru', 'en'] as const) {
          await open(page, view, 'en');
          await page.getByRole('button', { name: 'Reveal all' }).click();
          await expect(page.getByRole('button', { name: 'Hide all' })).toBeVisible();
          await expect(page.locator('.para--translation:visible').first()).toBeVisible();
          await expectNoViolations(page, `view=${view} with Reveal all, ${theme}`);
        }
      });

      test(`dialogs and panels, ${theme} theme`, async ({ page }) => {
        await seedSettings(page, { theme });
        await open(page, 'both', 'en');

        await page.getByRole('button', { name: 'Quotes', exact: true }).click();
        const quotes = page.locator('dialog[open]');
        await expect(quotes).toBeVisible();
        await expectNoViolations(page, `Quotes dialog open, ${theme}`);
        await page.keyboard.press('Escape');
        await expect(quotes).toHaveCount(0);

        await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
        const shortcuts = page.locator('dialog[open]');
        await expect(shortcuts).toBeVisible();
        await expectNoViolations(page, `Keyboard shortcuts dialog open, ${theme}`);
        await page.keyboard.press('Escape');
        await expect(shortcuts).toHaveCount(0);

        const display = page.getByRole('button', { name: 'Display' });
        await display.click();
        await expect(display).toHaveAttribute('aria-expanded', 'true');
        await expectNoViolations(page, `Display panel open, ${theme}`);
        await page.keyboard.press('Escape');
        await expect(display).toHaveAttribute('aria-expanded', 'false');

        const quotesOnly = page.getByRole('button', { name: 'Quotes only' });
        await quotesOnly.click();
        await expect(quotesOnly).toHaveAttribute('aria-pressed', 'true');
        await expectNoViolations(page, `Quotes only pressed, ${theme}`);
        await quotesOnly.click();
        await expect(quotesOnly).toHaveAttribute('aria-pressed', 'false');

        const about = page
          .locator('details')
          .filter({ has: page.locator('summary', { hasText: 'About this text' }) });
        await about.locator('summary').click();
        await expect(about).toHaveAttribute('open', '');
        await expectNoViolations(page, `About this text expanded, ${theme}`);
      });

      test(`360 px wide, both view, ${theme} theme`, async ({ page }) => {
        await page.setViewportSize({ width: 360, height: 740 });
        await seedSettings(page, { theme });
        await open(page, 'both', 'en');
        await expectNoViolations(page, `360px viewport, view=both, ${theme}`);
      });
    }
  });
});
