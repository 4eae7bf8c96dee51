import { expect, test } from './fixtures';

/*
 * A feature that fails (here: its code cannot be fetched, as on a flaky connection) shows a
 * message with "Try again" in its own place; the header, navigation and other pages keep working,
 * and the retry recovers once the network does.
 */
test.use({
  // Requests served by the service worker would bypass the network fault injected below.
  serviceWorkers: 'block',
  // One pattern: Playwright would read a two-element array as [value, options].
  expectedConsole: [
    /Failed to load resource|the vocabulary feature failed|Service Worker registration blocked|offline reading is unavailable/,
  ],
});

test('a page whose code fails to load shows a retry; the rest works; retrying recovers', async ({
  page,
}) => {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('feature failed')) logged.push(message.text());
  });
  let failing = true;
  await page.route('**/assets/vocabulary-routes-*.js', (route) =>
    failing ? route.abort('connectionreset') : route.continue(),
  );
  await page.goto('/');

  await page.getByRole('navigation').getByRole('link', { name: 'Vocabulary' }).click();
  const failed = page.getByRole('alert').filter({ hasText: 'could not be shown' });
  await expect(failed).toHaveText(
    /The vocabulary could not be shown because of an error\. The rest of the page still works\./,
  );
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatch(
    /the vocabulary feature failed:.*(dynamically imported module|Failed to fetch)/i,
  );

  // The rest of the app works: the header switches the language, the reader opens.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /Article|Reader|Text/ })
    .first()
    .click();
  await expect(page.locator('section.column[lang="ru"] .cell > .para').first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  // Shown a second time, failed a second time: one log line per failure, never a loop of them.
  expect(logged).toHaveLength(2);

  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Vocabulary', level: 1 })).toBeVisible();
  await expect(failed).toHaveCount(0);
  expect(logged).toHaveLength(2);
});
