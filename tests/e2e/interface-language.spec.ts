import { expect, test } from './fixtures';

test.describe('interface language', () => {
  test.describe('with a Russian browser', () => {
    test.use({ locale: 'ru-RU' });

    test('opens in Russian', async ({ page }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page).toHaveTitle('Parallel Reader — русский и английский текст рядом');
      await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
    });
  });

  test.describe('with an English browser', () => {
    test.use({ locale: 'en-US' });

    test('switches every visible string, the page language and title, and keeps it on reload', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      const englishText = await page.locator('body').innerText();

      await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');

      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page).toHaveTitle('Parallel Reader — русский и английский текст рядом');
      const russianText = await page.locator('body').innerText();
      // Only the brand name and the language names (written in their own language) stay.
      const unchanged = new Set(['Parallel Reader', 'English', 'Русский']);
      const englishLines = englishText
        .split('\n')
        .filter((line) => line.trim() && !unchanged.has(line.trim()));
      for (const line of englishLines) expect(russianText).not.toContain(line);

      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
    });

    test('?lng=ru forces Russian over the saved choice, and a switch keeps the URL truthful', async ({
      page,
    }) => {
      await page.goto('/');
      await page.evaluate(() => localStorage.setItem('parallel-reader:interface-language', '"en"'));
      await page.goto('/?lng=ru');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

      await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
      await expect(page).toHaveURL(/[?&]lng=en/);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });

    test('the language switch is reachable and usable from the keyboard', async ({ page }) => {
      await page.goto('/');
      const select = page.getByRole('combobox', { name: 'Interface language' });
      for (
        let i = 0;
        i < 10 && !(await select.evaluate((el) => el === document.activeElement));
        i++
      ) {
        await page.keyboard.press('Tab');
      }
      await expect(select).toBeFocused();
      // A native select changes value with the arrow keys while closed.
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    });
  });
});
