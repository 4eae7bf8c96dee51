import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { column } from './helpers';
import { dumpDb } from './storage-helpers';

/*
 * Two tabs of the reader in one browser profile, changing things in turn: every change made in
 * either tab ends up in both tabs and in storage; no tab's write overwrites the other's.
 */

async function openTab(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(path);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
  return { page, problems };
}

async function toggleWord(page: Page, entry: string, from: string, to: string) {
  await column(page, 'ru').locator(`[data-term="${entry}"]`).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: from }).click();
  await expect(dialog.getByRole('button', { name: to })).toBeVisible();
  await page.keyboard.press('Escape');
}

const savedWords = (page: Page) =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('parallel-reader');
      request.onsuccess = () => resolve(request.result);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction('words').objectStore('words').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return keys.map(String).sort();
  });

test('words saved and removed in two tabs in turn: both tabs and the database agree', async ({
  context,
}) => {
  const a = await openTab(context, '/');
  const b = await openTab(context, '/');
  await toggleWord(a.page, 'bilateral-relations', 'Add to my words', 'In my words');
  await toggleWord(b.page, 'forefront', 'Add to my words', 'In my words');
  await toggleWord(a.page, 'board-of-peace', 'Add to my words', 'In my words');
  // B removes a word A saved: B's view of A's save must be current for this to work.
  await toggleWord(b.page, 'bilateral-relations', 'In my words', 'Add to my words');

  const expected = ['board-of-peace', 'forefront'];
  expect(await savedWords(a.page)).toEqual(expected);
  for (const tab of [a, b]) {
    await tab.page.goto('/vocabulary');
    await expect(tab.page.getByText('2 words saved')).toBeVisible();
  }
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
});

test('grading the same cards in two tabs in turn keeps every review', async ({ context }) => {
  const a = await openTab(context, '/');
  await toggleWord(a.page, 'forefront', 'Add to my words', 'In my words');
  await a.page.goto('/practice');
  const b = await openTab(context, '/practice');
  for (const tab of [a, b]) await expect(tab.page.getByText('3 cards left')).toBeVisible();

  // Both sessions started with the same three cards; they grade them in turn.
  for (const [tab, grade] of [
    [a, 'Good'],
    [b, 'Again'],
    [a, 'Easy'],
    [b, 'Hard'],
  ] as const) {
    await tab.page.keyboard.press(' ');
    const button = tab.page.getByRole('button', { name: new RegExp(grade) });
    await button.click();
    // In turn: the grade is saved (the next card shows its question) before the other tab acts.
    await expect(button).toBeHidden();
  }
  const db = await dumpDb(a.page);
  expect(db.reviews).toHaveLength(4);
  // Every review counts: the cards' repetitions add up to the four grades given.
  const reps = db.cards.map((c) => (c.value as { fsrs: { reps: number } }).fsrs.reps);
  expect(reps.reduce((sum, n) => sum + n, 0)).toBe(4);
  // Each review's "before" is the card as the previous review left it: none was overwritten.
  const byCard = new Map<string, { before: { reps: number } }[]>();
  for (const { value } of db.reviews) {
    const review = value as { card: string; before: { reps: number } };
    byCard.set(review.card, [...(byCard.get(review.card) ?? []), review]);
  }
  for (const reviews of byCard.values())
    expect(reviews.map((r) => r.before.reps)).toEqual(reviews.map((_, i) => i));
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
});

test('settings changed in two tabs in turn: both tabs show both, and they are stored', async ({
  context,
}) => {
  const a = await openTab(context, '/');
  const b = await openTab(context, '/');
  const swap = (page: Page) => page.getByRole('button', { name: 'Swap sides' });

  await swap(a.page).click();
  await b.page.getByRole('button', { name: 'Display' }).click();
  await b.page.getByRole('button', { name: 'Larger text' }).click();
  await expect(swap(b.page)).toHaveAttribute('aria-pressed', 'true');

  for (const tab of [a, b]) {
    await expect(swap(tab.page)).toHaveAttribute('aria-pressed', 'true');
    await expect(tab.page.locator('article.reader')).toHaveAttribute(
      'style',
      /--reader-font-size: 20px/,
    );
  }
  const stored = await a.page.evaluate(() =>
    JSON.parse(localStorage.getItem('parallel-reader:reader-settings') ?? '{}'),
  );
  expect(stored).toMatchObject({ swapped: true, fontSize: 20 });
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
});

test('reading positions from two tabs are both kept', async ({ context }) => {
  const a = await openTab(context, '/');
  const b = await openTab(context, '/vocabulary');
  const position = (page: Page) =>
    page.evaluate(() =>
      JSON.parse(localStorage.getItem('parallel-reader:reading-position') ?? '{}'),
    );

  await column(a.page, 'ru').locator('.cell > .para').nth(8).scrollIntoViewIfNeeded();
  await a.page.mouse.wheel(0, 200);
  await expect.poll(async () => Object.keys(await position(a.page)).length).toBe(1);
  const [articleId] = Object.keys(await position(a.page));

  // Tab B reads another article meanwhile (as the reader hook records it), then A reads on.
  await b.page.evaluate(() => {
    const key = 'parallel-reader:reading-position';
    const current = JSON.parse(localStorage.getItem(key) ?? '{}');
    localStorage.setItem(key, JSON.stringify({ ...current, 'another-article': 'p3' }));
  });
  await a.page.mouse.wheel(0, 1200);
  await expect
    .poll(async () => (await position(a.page))[articleId!])
    .not.toBe((await position(b.page))[articleId!] ?? 'none');
  expect(await position(b.page)).toMatchObject({ 'another-article': 'p3' });
  expect(Object.keys(await position(b.page)).sort()).toEqual(['another-article', articleId].sort());
  expect(a.problems).toEqual([]);
  expect(b.problems).toEqual([]);
});
