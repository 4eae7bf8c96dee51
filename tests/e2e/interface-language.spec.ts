import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Visible text in the interface language: not inside the article's two texts or its bilingual
 * headline, which show both languages whatever the interface speaks.
 */
function interfaceStrings(page: Page) {
  return page.evaluate(() => {
    const strings = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('[data-paragraph], .headline')) continue;
      if (parent.closest('[lang]')?.getAttribute('lang') !== document.documentElement.lang)
        continue;
      if (parent.closest('[hidden], dialog:not([open])') || !parent.checkVisibility()) continue;
      strings.add(text);
    }
    for (const element of document.querySelectorAll('[aria-label]')) {
      if (element.closest('[lang]')?.getAttribute('lang') === document.documentElement.lang) {
        strings.add(element.getAttribute('aria-label')!);
      }
    }
    return [...strings];
  });
}

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
      const englishStrings = await interfaceStrings(page);
      expect(englishStrings).toContain('Interface language');

      await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');

      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page).toHaveTitle('Parallel Reader — русский и английский текст рядом');
      const russianStrings = await interfaceStrings(page);
      // What may stay: the brand, language names in their own language, numbers and symbols.
      const sameInBoth = /^(Parallel Reader|English|Русский|[\d\s.,:#A+−px·→]+)$/;
      const untranslated = englishStrings.filter(
        (text) => !sameInBoth.test(text) && russianStrings.includes(text),
      );
      expect(untranslated).toEqual([]);

      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
      await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
    });

    test("relabels the paragraphs' buttons in every view", async ({ page }) => {
      await page.goto('/');
      const russian = page.getByRole('region', { name: 'Russian original' });
      await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
      // Two columns: the copy-link buttons (their names follow the painted switch).
      const copyLink = page.locator('[data-copy-link="p3"]').first();
      await expect(copyLink).toHaveAccessibleName('Скопировать ссылку на абзац 3');
      await expect(copyLink.locator('..')).toHaveAttribute('lang', 'ru');

      await page.getByRole('combobox', { name: 'Язык интерфейса' }).selectOption('en');
      await page.getByRole('radio', { name: 'Russian' }).check();
      await expect(russian.locator('[data-reveal="p3"]')).toHaveText('Show translation');
      await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
      await expect(
        page.getByRole('region', { name: 'Русский оригинал' }).locator('[data-reveal="p3"]'),
      ).toHaveText('Показать перевод');
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
