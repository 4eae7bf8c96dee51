import { expect, test } from './fixtures';
import { paragraph } from './helpers';

/*
 * The reading route takes its text from the prerendered page: the article's texts and term marks
 * are not downloaded again there, only on pages that do not carry them. What is not needed to read
 * (notes, dialogs, the term card) arrives when first wanted.
 */
test.use({
  // The service worker would precache every chunk, and its cache would hide the requests counted.
  serviceWorkers: 'block',
  expectedConsole: [
    /Failed to load resource|Service Worker registration blocked|offline reading is unavailable/,
  ],
});

const dataChunks = /\/assets\/(article-texts|annotations|article-about)-[\w-]+\.js$/;

test('the prerendered reader hydrates from its own HTML: no article text or marks are fetched', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  // Interactive: a term's card opens, the view switches, the text is the build's own.
  await page.locator('#ru-p3 a[data-term="ambassador"]').focus();
  await expect(page.getByRole('dialog', { name: 'посо́л' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('4');
  await expect(page.locator('.parallel')).toHaveAttribute('data-view', 'interleaved');
  expect(fetched.filter((path) => dataChunks.test(path))).toEqual([]);
});

test('another page fetches the text once, and the reader opens from there with its term marks', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // With the slash: the practice page's own HTML (without it the server's fallback is the reader).
  await page.goto('/practice/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByRole('navigation').getByRole('link', { name: 'Article' }).click();
  await expect(paragraph(page, 'ru', 'p3')).toContainText('– Для меня нет другой страны');
  await expect(
    paragraph(page, 'ru', 'p3').locator('a[data-term="bilateral-relations"]'),
  ).toHaveText('двусторонних отношений');
  expect(fetched.filter((path) => /article-texts|annotations/.test(path))).toHaveLength(2);
});

test('the notes load when "About this text" is opened, and a failed load can be retried', async ({
  page,
}) => {
  let failing = true;
  await page.route('**/assets/article-about-*.js', (route) =>
    failing ? route.abort('connectionreset') : route.continue(),
  );
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  const about = page.locator('details.about');
  await expect(about).not.toContainText('Board of Peace');
  await page.getByText('About this text').click();
  await expect(about).toContainText('The notes could not be loaded.');
  failing = false;
  await about.getByRole('button', { name: 'Try again' }).click();
  await expect(about).toContainText('Board of Peace');
  await expect(about).not.toContainText('The notes could not be loaded.');
});

test('a term clicked before the card’s code has arrived opens its card rather than leaving the page', async ({
  page,
}) => {
  // The card's code is held back, as on a slow link, until after the click.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/term-card-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.locator('#en-p3 a[data-term="bilateral-relations"]').click();
  release();
  const card = page.getByRole('dialog', { name: 'двусторо́нние отноше́ния' });
  await expect(card).toBeVisible();
  await expect(card).toBeFocused();
  expect(new URL(page.url()).pathname).toBe('/');
  // Placed by its term, not where it was first drawn.
  const termBox = (await page.locator('#en-p3 a[data-term="bilateral-relations"]').boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(Math.abs(cardBox.y - (termBox.y + termBox.height))).toBeLessThan(
    cardBox.height + termBox.height + 20,
  );
});
