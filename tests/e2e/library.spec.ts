import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { column } from './helpers';
import { library, saveArticle } from './library-helpers';

/**
 * The library on /import: an article saved from the importer is renamed, deleted and restored,
 * exported, and imported into another browser profile; a bad file changes nothing.
 */

const items = (page: Page) => library(page).getByRole('listitem');

async function exportAll(page: Page) {
  const download = page.waitForEvent('download');
  await library(page).getByRole('button', { name: 'Export all' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^parallel-reader-library-\d{4}-\d\d-\d\d\.json$/);
  return { path: await file.path(), text: await readFile(await file.path(), 'utf8') };
}

test.describe('my library', () => {
  test('rename, reload, read under the new name; delete with undo, then for good', async ({
    page,
  }) => {
    await saveArticle(page, 'Water conference');
    await page.goto('/import');
    await page.getByRole('link', { name: 'Your saved articles: go to my library' }).click();
    await expect(library(page).getByRole('heading', { name: 'My library' })).toBeInViewport();
    await expect(items(page)).toHaveCount(2);
    await expect(items(page).nth(1)).toContainText('2 paragraphs');

    // Rename with the keyboard: Escape keeps the old title, an empty one is refused, Enter saves.
    await library(page).getByRole('button', { name: 'Rename “Water conference”' }).click();
    const field = page.getByRole('textbox', { name: 'New title for “Water conference”' });
    await expect(field).toBeFocused();
    await field.press('Escape');
    await expect(library(page).getByRole('link', { name: 'Water conference' })).toBeVisible();
    await expect(
      library(page).getByRole('button', { name: 'Rename “Water conference”' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await field.fill('   ');
    await field.press('Enter');
    await expect(library(page).getByRole('alert')).toHaveText(/A title cannot be empty/);
    await field.fill('Конференция по воде <script>');
    await field.press('Enter');
    await expect(library(page).getByRole('status').first()).toHaveText(
      'Renamed to “Конференция по воде <script>”.',
    );

    await page.reload();
    const renamed = library(page).getByRole('link', { name: 'Конференция по воде <script>' });
    await expect(renamed).toBeVisible();
    await renamed.click();
    await expect(page.locator('#article-headline')).toContainText('Конференция по воде <script>');
    await expect(column(page, 'ru')).toContainText('В Душанбе завершилась');
    await page.goBack();

    // Delete, undo; delete, reload inside the undo window, undo again.
    await library(page)
      .getByRole('button', { name: /^Delete “Конференция/ })
      .click();
    const undo = library(page).getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await expect(library(page).getByText('“Конференция по воде <script>” deleted.')).toBeVisible();
    await expect(items(page)).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(items(page)).toHaveCount(2);
    await expect(renamed).toBeFocused();

    await library(page)
      .getByRole('button', { name: /^Delete “Конференция/ })
      .click();
    // The deletion is written (its Undo offered) before the reload, as a reader would see it.
    await expect(undo).toBeFocused();
    await page.reload();
    await expect(items(page)).toHaveCount(1);
    await library(page).getByRole('button', { name: 'Undo' }).click();
    await expect(renamed).toBeVisible();

    // For good: dismissing the message closes the undo window.
    await library(page)
      .getByRole('button', { name: /^Delete “Конференция/ })
      .click();
    await library(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(library(page).getByRole('button', { name: 'Undo' })).toHaveCount(0);
    await page.reload();
    await expect(items(page)).toHaveCount(1);
    await expect(library(page).getByRole('button', { name: 'Undo' })).toHaveCount(0);
  });

  test('export all, then import the file into a fresh browser profile', async ({
    page,
    browser,
  }) => {
    await saveArticle(page, 'Water conference');
    await saveArticle(page, 'Second copy');
    await page.goto('/import');
    const { path, text } = await exportAll(page);
    const file = JSON.parse(text) as { format: string; version: number; articles: unknown[] };
    expect(file).toMatchObject({ format: 'parallel-reader-library', version: 1 });
    expect(file.articles).toHaveLength(2);

    const context = await browser.newContext();
    try {
      const fresh = await context.newPage();
      const problems: string[] = [];
      fresh.on('console', (message) => {
        if (['error', 'warning'].includes(message.type())) problems.push(message.text());
      });
      await fresh.goto('/import');
      await fresh.locator('html[data-ready]').waitFor({ state: 'attached' });
      await expect(items(fresh)).toHaveCount(1);
      const input = library(fresh).getByLabel('Import library file…');
      await input.setInputFiles(path);
      await expect(library(fresh).getByRole('status').first()).toHaveText('2 articles imported.');
      await expect(items(fresh)).toHaveCount(3);
      // The same file again: nothing is duplicated.
      await input.setInputFiles(path);
      await expect(library(fresh).getByRole('status').first()).toHaveText(
        '0 articles imported. 2 were already in your library.',
      );
      await fresh.reload();
      await expect(items(fresh)).toHaveCount(3);
      await library(fresh).getByRole('link', { name: 'Water conference' }).click();
      await expect(column(fresh, 'en')).toContainText('has ended in Dushanbe');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('a bad file is refused with the reason and changes nothing', async ({ page }) => {
    await saveArticle(page, 'Water conference');
    await page.goto('/import');
    const { text } = await exportAll(page);
    const input = library(page).getByLabel('Import library file…');
    const alert = library(page).getByRole('alert');

    const damaged = JSON.parse(text) as { articles: { title: string; createdAt?: string }[] };
    damaged.articles.push({ ...damaged.articles[0]!, title: 'Second' });
    delete damaged.articles[1]!.createdAt;
    await input.setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(damaged)),
    });
    await expect(alert).toHaveText(
      'Article 2 (“Second”) in “damaged.json” cannot be read: the field “createdAt” is missing. Nothing was imported; your library is unchanged.',
    );

    const bad: [string, Buffer, string][] = [
      ['photo.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]), 'is not a text file'],
      ['empty.json', Buffer.from(''), 'is empty'],
      ['notes.json', Buffer.from('my notes'), 'is not valid JSON'],
      ['other.json', Buffer.from('{"format":"something-else"}'), 'is not a Parallel Reader'],
    ];
    for (const [name, buffer, reason] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer });
      await expect(alert).toContainText(`“${name}” ${reason}`);
      await expect(alert).toContainText('Nothing was imported');
    }
    await page.reload();
    await expect(items(page)).toHaveCount(2);
  });
});
