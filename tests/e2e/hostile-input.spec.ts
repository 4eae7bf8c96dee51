import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { column } from './helpers';
import { hostileBackups, hostileFiles, hugeLine, payloads } from './hostile-corpus';

/*
 * The hostile corpus pushed through every entry point: nothing runs (no `window.__pwned`, no
 * dialog, no element made from a payload), nothing crashes (the fixture fails on any console error
 * or uncaught exception), and each input is shown literally or refused with a clear message.
 */

const tried = { import: 0, files: 0, search: 0, urls: 0, backups: 0 };
test.afterAll(() => {
  const total = Object.values(tried).reduce((sum, n) => sum + n, 0);
  if (total > 0) console.log(`hostile inputs tried: ${total} ${JSON.stringify(tried)}`);
});

function watchDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  const state = await page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned,
    polluted: ({} as { polluted?: unknown }).polluted,
    // Elements a payload would have made, had it been written as HTML.
    made: document.querySelectorAll(
      'img[src="x"], [onerror], [onload], iframe, main script, meta[http-equiv="refresh"], main style',
    ).length,
  }));
  expect(state).toEqual({ pwned: undefined, polluted: undefined, made: 0 });
  expect(dialogs).toEqual([]);
}

/** Puts text into a field as a paste does, in one input event (typing 1 MB would take minutes). */
async function paste(locator: Locator, text: string) {
  await locator.evaluate((element, text) => {
    const prototype = Object.getPrototypeOf(element) as object;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

/** Russian and English paragraphs long enough that a payload inside is still "mostly" text. */
const ruText = (payload: string) =>
  `Министр иностранных дел заявил журналистам, что переговоры продолжатся на следующей неделе в столице. ${payload} Стороны обсудили торговлю, энергетику и сотрудничество в области образования.`;
const enText = (payload: string) =>
  `The foreign minister told journalists that the talks would continue next week in the capital. ${payload} The sides discussed trade, energy and cooperation in education.`;

test.describe('import: title and both texts', () => {
  for (const payload of payloads)
    test(`${payload.name}: aligned, saved and read as plain text`, async ({ page }) => {
      const dialogs = watchDialogs(page);
      await page.goto('/import');
      await page.getByLabel('Title').fill(`${payload.text} title`);
      await page.getByLabel('Russian text', { exact: true }).fill(ruText(payload.text));
      await page.getByLabel('English text', { exact: true }).fill(enText(payload.text));
      await page.getByRole('button', { name: 'Align texts' }).click();
      const anyway = page.getByRole('button', { name: 'Align anyway' });
      const review = page.getByRole('heading', { name: 'Check the alignment' });
      await expect(review.or(anyway)).toBeVisible({ timeout: 15_000 });
      if (await anyway.isVisible()) await anyway.click();
      await expect(review).toBeVisible({ timeout: 15_000 });
      await expectNothingRan(page, dialogs);

      await page.getByRole('button', { name: 'Save to my library' }).click();
      await expect(page.getByRole('alert')).toContainText('Saved to your library.');
      await page.getByRole('link', { name: 'Read it' }).click();
      await expect(column(page, 'ru')).toContainText('переговоры продолжатся');
      await expect(column(page, 'en')).toContainText('the talks would continue');
      if (payload.literal) {
        await expect(page.getByRole('heading', { level: 1 })).toContainText(payload.text);
        await expect(column(page, 'ru')).toContainText(payload.text);
        await expect(column(page, 'en')).toContainText(payload.text);
      }
      await expectNothingRan(page, dialogs);
      tried.import += 3;
    });

  test('a 1 MB single line, pasted or opened as a file, is taken or refused with a message', async ({
    page,
  }) => {
    test.slow();
    const dialogs = watchDialogs(page);
    await page.goto('/import');
    await paste(page.getByLabel('Title'), hugeLine);
    await paste(page.getByLabel('Russian text', { exact: true }), hugeLine);
    await page.getByLabel('English text', { exact: true }).fill(enText('A single line.'));
    await expect(
      page.getByText(/1[,\s\u00a0\u202f]?048[,\s\u00a0\u202f]?591 characters/),
    ).toHaveCount(1);
    await page.getByRole('button', { name: 'Align texts' }).click();
    await expect(
      page.getByRole('alert').or(page.getByRole('heading', { name: 'Check the alignment' })),
    ).toBeVisible({ timeout: 30_000 });
    await expectNothingRan(page, dialogs);

    await page.goto('/import');
    await page.getByLabel('English text: Open file…').setInputFiles({
      name: 'one-line.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(hugeLine.replace('Министр заявил', 'The minister said')),
    });
    await expect(page.getByLabel('English text', { exact: true })).toHaveValue(
      /^The minister said а{1000}/,
    );
    await expectNothingRan(page, dialogs);
    tried.import += 3;
  });
});

test.describe('import: opening files', () => {
  for (const file of hostileFiles)
    test(`${JSON.stringify(file.name)} (${file.mimeType})`, async ({ page }) => {
      const dialogs = watchDialogs(page);
      await page.goto('/import');
      const field = page.getByLabel('Russian text', { exact: true });
      await page.getByLabel('Russian text: Open file…').setInputFiles(file);
      if (file.expect.kind === 'message') {
        const alert = page.getByRole('alert');
        await expect(alert).toContainText(file.expect.text);
        // The file's name is shown as it is, as text.
        await expect(alert).toContainText(`“${file.name}”`);
        await expect(field).toHaveValue('');
      } else if (file.expect.text) {
        await expect(field).toHaveValue(file.expect.text);
      } else {
        await expect(field).toHaveValue(file.buffer.toString('utf8'));
      }
      await expectNothingRan(page, dialogs);
      tried.files += 2; // its name and its contents
    });
});

test.describe('vocabulary search', () => {
  test('every payload is searched for and echoed literally', async ({ page }) => {
    const dialogs = watchDialogs(page);
    await page.goto('/vocabulary');
    const search = page.getByRole('searchbox', { name: 'Search' });
    for (const payload of [...payloads, { name: 'huge line', text: hugeLine, literal: false }]) {
      await search.fill(payload.text);
      const status = page.getByRole('status').filter({ hasText: /Nothing matches|entries|entry/ });
      if (payload.literal) await expect(status).toContainText(`Nothing matches “${payload.text}”`);
      else await expect(status).toBeVisible();
      await expectNothingRan(page, dialogs);
      tried.search += 1;
    }
  });
});

test.describe('addresses', () => {
  // encodeURIComponent refuses lone surrogates; a browser would send U+FFFD for them.
  const encode = (text: string) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  const places: [string, (p: string) => string, 'reader' | 'not-found'][] = [
    ['?lng=', (p) => `/?lng=${p}`, 'reader'],
    ['?view=', (p) => `/?view=${p}`, 'reader'],
    ['#p… hash', (p) => `/#p${p}`, 'reader'],
    ['/articles/<payload>', (p) => `/articles/${p}`, 'not-found'],
    ['/ru/<payload>', (p) => `/ru/${p}`, 'not-found'],
    ['/vocabulary#<payload>', (p) => `/vocabulary#${p}`, 'reader'],
  ];
  for (const [name, url, shows] of places)
    test(`${name}: every payload opens a sensible page`, async ({ page }) => {
      const dialogs = watchDialogs(page);
      for (const payload of payloads) {
        await page.goto(url(encode(payload.text)));
        if (shows === 'not-found')
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(
            /Page not found|Страница не найдена/,
          );
        else await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNothingRan(page, dialogs);
        tried.urls += 1;
      }
    });
});

test.describe('vocabulary backup restore', () => {
  test('every hostile backup is refused with a message and changes nothing', async ({ page }) => {
    test.slow();
    const dialogs = watchDialogs(page);
    await page.goto('/');
    await column(page, 'ru').locator('[data-term="forefront"]').first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add to my words' }).click();
    await expect(
      page.getByRole('dialog').getByRole('button', { name: 'In my words' }),
    ).toBeVisible();
    await page.goto('/vocabulary');
    const count = page.getByRole('status').filter({ hasText: 'saved' }).last();
    await expect(count).toContainText('1 word saved');
    for (const backup of hostileBackups()) {
      await page.locator('input[type="file"]').setInputFiles({
        name: backup.name,
        mimeType: 'application/json',
        buffer: backup.buffer ?? Buffer.from(backup.text),
      });
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('Nothing was changed.');
      await expect(alert).toContainText(backup.message);
      await expect(count).toContainText('1 word saved');
      await expectNothingRan(page, dialogs);
      tried.backups += 1;
      // The next file's message must be a new one, not this one still showing.
      await page.reload();
    }
  });
});
