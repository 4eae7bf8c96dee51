import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { column } from './helpers';
import { dumpDb, seedDb } from './storage-helpers';

/*
 * Every storage fault the reader's browser can throw at the app: damaged values, damaged records,
 * no IndexedDB, a blocked upgrade, a full disk. In each case the text opens and reads, the reader
 * is told in a notice, and nothing saved is lost: it stays stored, or is offered as a download.
 */

const notice = (page: Page) => page.getByRole('status', { name: 'Storage' });

async function saveWord(page: Page, entry: string) {
  await column(page, 'ru').locator(`[data-term="${entry}"]`).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add to my words' }).click();
  await expect(
    page.getByRole('dialog').getByRole('button', { name: 'In my words' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Escape');
}

async function readerWorks(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(column(page, 'ru').locator('.cell > .para').first()).toBeVisible();
  await expect(column(page, 'en').locator('.cell > .para').first()).toBeVisible();
}

/** Clicks "Download them" and returns the file's parsed contents. */
async function downloadSetAside(page: Page) {
  const download = page.waitForEvent('download');
  await notice(page).getByRole('button', { name: 'Download them' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^parallel-reader-set-aside-\d{4}-\d\d-\d\d\.json$/);
  return JSON.parse(await readFile(await file.path(), 'utf8')) as {
    format: string;
    items: { source: string; key: string; reason: string; raw: unknown }[];
  };
}

const localKeys = [
  'reader-settings',
  'vocabulary-settings',
  'reading-position',
  'interface-language',
];
const damages = { 'invalid JSON': '{"fontSize": 18, ', 'a wrong shape': '[42]' };

test.describe('damaged values in localStorage', () => {
  for (const key of localKeys)
    for (const [kind, raw] of Object.entries(damages))
      test(`${key}: ${kind} is set aside, offered back, and the reader opens`, async ({ page }) => {
        await page.addInitScript(
          ([key, raw]) => {
            // Only on the first load: the app may write a good value later.
            if (sessionStorage.getItem('seeded')) return;
            sessionStorage.setItem('seeded', '1');
            localStorage.setItem(`parallel-reader:${key}`, raw);
          },
          [key, raw] as const,
        );
        await page.goto('/');
        await readerWorks(page);
        await expect(notice(page)).toContainText(
          '1 saved item could not be read. It was set aside, not deleted.',
        );
        const file = await downloadSetAside(page);
        expect(file.format).toBe('parallel-reader-set-aside');
        expect(file.items).toEqual([
          {
            source: 'localStorage',
            key: `parallel-reader:${key}`,
            reason: expect.any(String),
            raw,
          },
        ]);
        await notice(page).getByRole('button', { name: 'Dismiss' }).click();
        await expect(notice(page)).toBeHidden();
        // The app goes on with defaults: a setting changes and is kept.
        await page.getByRole('button', { name: 'Swap sides' }).click();
        await page.reload();
        await expect(page.getByRole('button', { name: 'Swap sides' })).toHaveAttribute(
          'aria-pressed',
          'true',
        );
      });
});

test('records failing their schema in every store are set aside, offered back and kept', async ({
  page,
}) => {
  await page.goto('/');
  await saveWord(page, 'bilateral-relations');
  const damaged = {
    words: [['forefront', { v: 1, entry: 'forefront', addedAt: 'yesterday' }]],
    cards: [['broken', { v: 1, id: 'broken' }]],
    reviews: [['', { v: 1, card: 'bilateral-relations:ru-en', rating: 9 }]],
    articles: [['damaged-article', { v: 1, id: 'damaged-article', title: '' }]],
  } satisfies Parameters<typeof seedDb>[1];
  await seedDb(page, damaged);
  const before = await dumpDb(page);

  await page.reload();
  await readerWorks(page);
  await expect(notice(page)).toContainText('3 saved items could not be read.');
  const file = await downloadSetAside(page);
  expect(file.items.map((item) => [item.source, item.key, item.raw])).toEqual(
    expect.arrayContaining([
      ['indexedDB:words', 'forefront', damaged.words[0]![1]],
      ['indexedDB:cards', 'broken', damaged.cards[0]![1]],
      ['indexedDB:reviews', expect.any(String), damaged.reviews[0]![1]],
    ]),
  );
  expect(file.items).toHaveLength(3);

  // What was intact works: the saved word, its three cards, practice.
  await page.goto('/vocabulary');
  await expect(page.getByRole('status').filter({ hasText: 'saved' }).last()).toContainText(
    '1 word saved',
  );
  await page.goto('/practice');
  await expect(page.getByText('3 cards left')).toBeVisible();
  // The damaged imported article is kept aside by the library, which says so.
  await page.goto('/import');
  await expect(
    page.getByText('1 saved article could not be read. It is kept, not deleted.'),
  ).toBeVisible();
  // Nothing was deleted: items lost = 0.
  expect(await dumpDb(page)).toEqual(before);
});

test.describe('IndexedDB that cannot be used', () => {
  const breakers = {
    'missing (indexedDB undefined)': () =>
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    'refusing to open (a private mode)': () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
    },
  };
  for (const [name, breakIt] of Object.entries(breakers))
    test(`${name}: the reader reads, and is told words cannot be saved`, async ({ page }) => {
      await page.addInitScript(breakIt);
      await page.goto('/');
      await readerWorks(page);
      await expect(notice(page)).toContainText("Your saved words can't be stored in this browser");
      // The glossary still explains terms; saving says why it cannot.
      await column(page, 'ru').locator('[data-term="bilateral-relations"]').first().click();
      await expect(page.getByRole('dialog')).toContainText('bilateral relations');
      await page.keyboard.press('Escape');
      await page.goto('/vocabulary');
      await page.getByRole('searchbox', { name: 'Search' }).fill('отношения');
      await expect(page.locator('#entry-bilateral-relations')).toBeVisible();
      await page.goto('/practice');
      await expect(page.getByRole('alert')).toContainText('Your progress cannot be saved');
      await page.goto('/import');
      await expect(page.getByText('Your library cannot be opened in this browser.')).toBeVisible();
    });

  test.describe('blocked by another tab', () => {
    test.use({ expectedConsole: [/another tab holds an older version of the database/] });

    test('an older connection that stays open: the reader reads, is told, and saving resumes once it closes', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        // Version 1 of the app, open in "another tab", ignoring the request to close.
        const request = indexedDB.open('parallel-reader', 1);
        request.onupgradeneeded = () => {
          request.result
            .createObjectStore('words')
            .put({ v: 1, entry: 'forefront', addedAt: '2026-11-01T10:00:00.000Z' }, 'forefront');
          request.result.createObjectStore('cards').createIndex('byEntry', 'entry');
          request.result.createObjectStore('reviews', { autoIncrement: true });
        };
        request.onsuccess = () => Object.assign(window, { oldConnection: request.result });
      });
      await page.goto('/');
      await readerWorks(page);
      await expect(notice(page)).toContainText('open in another tab with an older version');

      await page.evaluate(() =>
        (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close(),
      );
      await expect(notice(page)).toBeHidden();
      await saveWord(page, 'bilateral-relations');
      const db = await dumpDb(page);
      expect(db.words.map((w) => w.key).sort()).toEqual(['bilateral-relations', 'forefront']);
    });
  });
});

test.describe('a full disk', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const failing = () => (window as unknown as { quota?: string[] }).quota ?? [];
      const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (
          this: IDBObjectStore,
          ...args: [unknown, IDBValidKey?]
        ) {
          if (failing().includes(`${this.name}.${method}`)) throw quota();
          return original.apply(this, args);
        };
      }
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (failing().includes('localStorage') && key.startsWith('parallel-reader:')) throw quota();
        setItem.call(this, key, value);
      };
    });
  });
  const fail = (page: Page, what: string[]) =>
    page.evaluate((what) => Object.assign(window, { quota: what }), what);

  test('saving a word that cannot be stored: reported, nothing half-saved, a retry saves it', async ({
    page,
  }) => {
    await page.goto('/');
    // The third card of the word fails: the word and the first two cards must not stay behind.
    await fail(page, ['cards.put']);
    await column(page, 'ru').locator('[data-term="bilateral-relations"]').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Add to my words' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Could not save (The quota has been exceeded.). Nothing was changed: try again.',
    );
    expect(await dumpDb(page)).toMatchObject({ words: [], cards: [] });

    await fail(page, []);
    await dialog.getByRole('button', { name: 'Add to my words' }).click();
    await expect(dialog.getByRole('button', { name: 'In my words' })).toBeVisible();
    await expect(dialog.getByRole('alert')).toBeHidden();
    const db = await dumpDb(page);
    expect(db.words).toHaveLength(1);
    expect(db.cards).toHaveLength(3);
  });

  test('a grade whose review cannot be logged leaves the card as it was; a retry grades it', async ({
    page,
  }) => {
    await page.goto('/');
    await saveWord(page, 'forefront');
    await page.goto('/practice');
    await expect(page.getByText('3 cards left')).toBeVisible();
    const before = await dumpDb(page);
    await fail(page, ['reviews.add']);
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: /Good/ }).click();
    await expect(page.getByRole('alert')).toContainText('Nothing was changed: try again.');
    expect(await dumpDb(page)).toEqual(before);
    await expect(page.getByText('3 cards left')).toBeVisible();

    await fail(page, []);
    await page.getByRole('button', { name: /Good/ }).click();
    await expect(page.getByText('2 cards left')).toBeVisible();
    const after = await dumpDb(page);
    expect(after.reviews).toHaveLength(1);
    expect(
      after.cards.filter((c) => (c.value as { fsrs: { reps: number } }).fsrs.reps === 1),
    ).toHaveLength(1);
  });

  test('settings that cannot be stored still apply, and the reader is told', async ({ page }) => {
    await page.goto('/');
    await fail(page, ['localStorage']);
    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect(page.getByRole('button', { name: 'Swap sides' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(notice(page)).toContainText("Your settings can't be saved in this browser");
    await fail(page, []);
    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect(notice(page)).toBeHidden();
  });
});
