import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { column } from './helpers';

type Document = { paragraphs: { links: { ru: string[]; en: string[] }[] }[] };

/** A real bilingual text from the alignment test set, one side as a reader would paste it. */
async function texts(name: string) {
  const file = new URL(
    `../../src/features/import/test-set/documents/${name}.json`,
    import.meta.url,
  );
  const document = JSON.parse(await readFile(file, 'utf8')) as Document;
  const side = (language: 'ru' | 'en') =>
    document.paragraphs
      .map((paragraph) => paragraph.links.flatMap((link) => link[language]).join(' '))
      .join('\n\n');
  return { ru: side('ru'), en: side('en') };
}

test.describe('importing a text', () => {
  test('pastes two texts, aligns them in the worker and lists the pairs', async ({ page }) => {
    const { ru, en } = await texts('water-summit');
    await page.goto('/');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Import' })
      .click();
    await expect(page.getByRole('heading', { name: 'Import a text' })).toBeVisible();
    await page.getByLabel('Title').fill('Water summit');
    await page.getByLabel('Russian text', { exact: true }).fill(ru);
    await page.getByLabel('English text', { exact: true }).fill(en);
    await page.getByRole('button', { name: 'Align texts' }).click();
    await expect(page.getByRole('heading', { name: 'Check the alignment' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /В Душанбе завершилась/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: /has ended in Dushanbe/ })).toBeVisible();

    const rows = page.getByRole('row');
    const count = await rows.count();
    await page.getByRole('button', { name: 'Merge pair 1 with the next' }).click();
    await expect(page.getByRole('status')).toHaveText('Pairs merged.');
    await expect(rows).toHaveCount(count - 1);
    await page.keyboard.press('Control+z');
    await expect(rows).toHaveCount(count);
    await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await page.getByRole('button', { name: 'Save to my library' }).click();
    await expect(page.getByRole('alert')).toContainText('Saved to your library.');
    await page.reload();
    const library = page.getByRole('region', { name: 'My library' });
    await library.getByRole('link', { name: 'Water summit' }).click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]+$/);
    await expect(column(page, 'ru')).toContainText('В Душанбе завершилась');
    await expect(column(page, 'en')).toContainText('has ended in Dushanbe');
  });

  test('an empty side is refused with a message', async ({ page }) => {
    await page.goto('/import');
    await page.getByLabel('Title').fill('Half');
    await page
      .getByLabel('Russian text', { exact: true })
      .fill('Министр заявил, что переговоры продолжатся.');
    await page.getByRole('button', { name: 'Align texts' }).click();
    await expect(page.getByRole('alert')).toContainText('The English text is empty.');
  });

  test('English pasted into the Russian field offers to swap the sides', async ({ page }) => {
    const { ru, en } = await texts('water-summit');
    await page.goto('/import');
    await page.getByLabel('Title').fill('Swapped');
    await page.getByLabel('Russian text', { exact: true }).fill(en);
    await page.getByLabel('English text', { exact: true }).fill(ru);
    await page.getByRole('button', { name: 'Align texts' }).click();
    await expect(page.getByRole('alert')).toContainText('not mostly in Cyrillic');
    await page.getByRole('button', { name: 'Swap sides' }).click();
    await expect(page.getByLabel('Russian text', { exact: true })).toHaveValue(ru);
  });

  test('a binary file is refused with a message', async ({ page }) => {
    await page.goto('/import');
    await page.getByLabel('Russian text: Open file…').setInputFiles({
      name: 'scan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe]),
    });
    await expect(page.getByRole('alert')).toContainText('“scan.txt” is not a text file.');
    await expect(page.getByLabel('Russian text', { exact: true })).toHaveValue('');
  });
});
