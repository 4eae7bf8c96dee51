import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { column } from './helpers';

/** Saves a term from its card, and waits for the (asynchronous) write to show. */
async function saveWord(
  page: Page,
  entry: string,
  [add, added] = ['Add to my words', 'In my words'],
) {
  await term(page, 'ru', entry).click();
  await page.getByRole('dialog').getByRole('button', { name: add }).click();
  await expect(page.getByRole('dialog').getByRole('button', { name: added })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

const term = (page: Page, language: 'ru' | 'en', entry: string) =>
  column(page, language).locator(`[data-term="${entry}"]`).first();

test.describe('glossary in the reader', () => {
  test('terms are marked on both sides; hovering one opens its card and lights its counterpart', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(term(page, 'ru', 'bilateral-relations')).toHaveText('двусторонние отношения');
    await expect(term(page, 'en', 'bilateral-relations')).toHaveText('bilateral relations');
    await term(page, 'ru', 'bilateral-relations').hover();
    const card = page.getByRole('dialog', { name: 'двусторо́нние отноше́ния' });
    await expect(card).toBeVisible();
    await expect(card).toContainText('bilateral relations');
    await expect(card).toContainText('2 occurrences in the article');
    await expect(term(page, 'en', 'bilateral-relations')).toHaveAttribute(
      'data-highlight-term',
      '',
    );
  });

  test('from the keyboard: focus opens a card, Enter enters it, Escape returns to the term', async ({
    page,
  }) => {
    await page.goto('/');
    const first = column(page, 'ru').locator('.cell > .para').first();
    await first.focus();
    await page.keyboard.press('Tab'); // the first term of the current paragraph
    const focused = page.locator(':focus');
    await expect(focused).toHaveAttribute('data-term', /.+/);
    const card = page.getByRole('dialog');
    await expect(card).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(card).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(card.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(focused).toHaveAttribute('data-term', /.+/);
  });

  test('a card with no room for it above or below its term is shortened, never covering the term', async ({
    page,
  }) => {
    await page.goto('/');
    const word = term(page, 'en', 'board-of-peace');
    // The term in the middle of the viewport: a card of this entry fits on neither side.
    await word.evaluate((element) =>
      window.scrollBy(0, element.getBoundingClientRect().top - window.innerHeight / 2),
    );
    await word.hover();
    const card = page.getByRole('dialog', { name: /Сове́т ми́ра/ });
    await expect(card).toBeVisible();
    const [termBox, cardBox] = [(await word.boundingBox())!, (await card.boundingBox())!];
    const clear =
      cardBox.y + cardBox.height <= termBox.y || cardBox.y >= termBox.y + termBox.height;
    expect(clear, `card ${JSON.stringify(cardBox)} over term ${JSON.stringify(termBox)}`).toBe(
      true,
    );
    const viewport = page.viewportSize()!;
    expect(cardBox.y).toBeGreaterThanOrEqual(0);
    expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(viewport.height);
    // So the click that follows lands on the term and pins the card.
    await word.click();
    await expect(card).toBeFocused();
  });

  test('a tap opens the card; the card lists every occurrence in both languages and pronounces or explains', async ({
    page,
  }) => {
    await page.goto('/');
    await term(page, 'en', 'board-of-peace').click();
    const card = page.getByRole('dialog', { name: /Сове́т ми́ра/ });
    // A click pins the card and hands it the focus (a frame after the card is painted).
    await expect(card).toBeFocused();
    await card.getByText(/occurrences in the article/).click();
    await expect(card.locator('.occurrence-sentence[lang="ru"]').first()).toContainText(
      'Совете мира',
    );
    await expect(card.locator('.occurrence-sentence[lang="en"]').first()).toContainText(
      'Board of Peace',
    );
    await card.getByRole('button', { name: 'Pronounce' }).click();
    // Headless Chromium here has no Russian voice: the button must say why it cannot speak.
    const hasVoice = await page.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.lang.startsWith('ru')),
    );
    if (!hasVoice) await expect(card.getByRole('status')).toContainText('no Russian voice');
  });

  test('marks can be turned off, and stress marks shown on the Russian terms', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('checkbox', { name: 'Show stress marks' }).check();
    await expect(term(page, 'ru', 'bilateral-relations')).toHaveText('двусторо́нние отноше́ния');
    await page.getByRole('checkbox', { name: 'Mark glossary terms' }).uncheck();
    await expect(page.locator('[data-term]')).toHaveCount(0);
    await page.reload();
    await expect(column(page, 'ru').locator('[data-paragraph="p2"]')).toBeVisible();
    await expect(page.locator('[data-term]')).toHaveCount(0);
  });
});

test.describe('vocabulary page', () => {
  test('search is case-, ё- and stress-insensitive and finds inflected forms; filter and sort', async ({
    page,
  }) => {
    await page.goto('/vocabulary');
    const search = page.getByRole('searchbox', { name: 'Search in Russian or English' });
    const headwords = page.locator('.entry-item .headword');
    for (const query of ['ОТНОШЕНИЙ', 'двусторо́нних', 'партнерство', 'bilateral']) {
      await search.fill(query);
      await expect(headwords.first()).toBeVisible();
    }
    await search.fill('партнерство');
    await expect(headwords).toContainText(['партнёрство']);
    await search.fill('');
    await page.getByRole('combobox', { name: 'Topic' }).selectOption('false-friends');
    const count = await headwords.count();
    expect(count).toBeGreaterThan(5);
    await expect(page.getByRole('status').first()).toContainText(`${count} entries`);
    await page.getByRole('combobox', { name: 'Sort by' }).selectOption('english');
    const english = await page.locator('.entry-item .equivalents [lang="en"]').allInnerTexts();
    expect(english).toEqual(
      [...english].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  test('each entry links to its occurrences in the article', async ({ page }) => {
    await page.goto('/vocabulary#forefront');
    const entry = page.locator('#entry-forefront');
    await entry.getByText(/occurrence/).click();
    await entry.getByRole('link', { name: 'Go to paragraph 6' }).click();
    await expect(page).toHaveURL(/\/articles\/stufft-astana-press-conference#p6$/);
    await expect(column(page, 'ru').locator('[data-paragraph="p6"]')).toBeInViewport();
  });
});

test.describe('practice', () => {
  test('save words, practise a session with the keyboard, reload and find the schedule intact', async ({
    page,
  }) => {
    await page.goto('/');
    for (const entry of ['bilateral-relations', 'forefront']) {
      await saveWord(page, entry);
      await page.keyboard.press('Escape');
    }
    await expect(page.getByRole('link', { name: /Practice/ })).toContainText('6 cards due');

    await page.getByRole('link', { name: /Practice/ }).click();
    await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
    for (let i = 6; i >= 1; i--) {
      await expect(page.getByText(i === 1 ? '1 card left' : `${i} cards left`)).toBeVisible();
      await page.keyboard.press(' ');
      await expect(page.getByRole('button', { name: /Good/ })).toBeVisible();
      await page.keyboard.press(i % 2 ? '4' : '3');
    }
    await expect(page.getByRole('status')).toContainText('Session complete: 6 reviewed');

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Practice' })).toBeVisible();
    // Easy pushed three cards out by days; Good keeps three in the learning steps (minutes).
    const schedule = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('parallel-reader');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const cards = await new Promise<{ fsrs: { due: string; reps: number } }[]>((resolve) => {
        const request = db.transaction('cards').objectStore('cards').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return cards.map((c) => ({ due: Date.parse(c.fsrs.due) - Date.now(), reps: c.fsrs.reps }));
    });
    expect(schedule).toHaveLength(6);
    expect(schedule.every((c) => c.reps === 1 && c.due > 0)).toBe(true);
    expect(schedule.filter((c) => c.due > 24 * 3600 * 1000)).toHaveLength(3);
    await expect(page.getByRole('link', { name: /Practice/ })).not.toContainText('due');
  });

  test('due counts use Russian plural forms', async ({ page }) => {
    await page.goto('/?lng=ru');
    await saveWord(page, 'forefront', ['Добавить в мои слова', 'В моих словах']);
    await expect(page.getByRole('link', { name: /Тренировка/ })).toContainText(
      '3 карточки к повторению',
    );
  });
});

test.describe('export and backup', () => {
  test('my words export as a TSV that Anki imports', async ({ page }) => {
    await page.goto('/');
    await saveWord(page, 'board-of-peace');
    await page.goto('/vocabulary');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my words for Anki (.tsv)' }).click();
    const file = await (await download).path();
    const text = await readFile(file, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
    const row = lines.find((line) => !line.startsWith('#'))!.split('\t');
    expect(row).toHaveLength(5);
    expect(row[0]).toBe('Сове́т ми́ра');
    expect(row[1]).toContain('Board of Peace');
    expect(row[2]).toContain('Совете мира');
    expect(row[4]).toContain('parallel-reader');
  });

  test('a JSON backup restores losslessly; a foreign file changes nothing', async ({ page }) => {
    await page.goto('/');
    await saveWord(page, 'forefront');
    await page.goto('/vocabulary');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download a backup (.json)' }).click();
    const backupPath = await (await download).path();
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    expect(backup.words).toHaveLength(1);
    expect(backup.cards).toHaveLength(3);

    // Remove the word, then restore the backup.
    await page.locator('#entry-forefront').getByRole('button', { name: 'In my words' }).click();
    await expect(page.getByRole('status').first()).toContainText('0 words saved');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.locator('input[type="file"]').setInputFiles(backupPath);
    await expect(page.getByText('Backup restored: 1 words, 3 cards, 0 reviews.')).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('1 word saved');

    await page.locator('input[type="file"]').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    await expect(page.getByRole('alert')).toHaveText(
      'This file is not a Parallel Reader backup. Nothing was changed.',
    );
    await expect(page.getByRole('status').first()).toContainText('1 word saved');
  });
});
