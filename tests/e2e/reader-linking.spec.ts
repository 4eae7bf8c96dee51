import { expect, test } from './fixtures';
import { column, paragraph, sentence } from './helpers';

test.describe('linking the two texts', () => {
  test('hovering a sentence lights up its aligned sentence and paragraph on the other side', async ({
    page,
  }) => {
    await page.goto('/');
    await sentence(page, 'ru', 'p3-s2').hover();
    await expect(sentence(page, 'en', 'p3-s2')).toHaveAttribute('data-highlight', 'linked');
    await expect(sentence(page, 'ru', 'p3-s2')).toHaveAttribute('data-highlight', 'active');
    await expect(paragraph(page, 'en', 'p3')).toHaveAttribute('data-highlight', 'linked');
    await expect(sentence(page, 'en', 'p3-s1')).not.toHaveAttribute('data-highlight', /.*/);

    await sentence(page, 'en', 'p10-s2').hover();
    await expect(sentence(page, 'ru', 'p10-s2')).toHaveAttribute('data-highlight', 'linked');
    await expect(sentence(page, 'en', 'p3-s2')).not.toHaveAttribute('data-highlight', /.*/);
  });

  test('a counterpart off screen is announced, and a click brings it into view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 700, height: 420 });
    await page.goto('/?view=interleaved#p3');
    const russian = sentence(page, 'ru', 'p3-s1');
    await russian.hover();
    const indicator = page.getByRole('button', { name: /Matching text below/ });
    await expect(indicator).toBeVisible();
    await indicator.click();
    await expect(sentence(page, 'en', 'p3-s1')).toBeInViewport();
    await expect(sentence(page, 'en', 'p3-s1')).toBeFocused();
  });

  test('keyboard: paragraph by paragraph, sentence by sentence, and across to the counterpart', async ({
    page,
  }) => {
    await page.goto('/');
    await paragraph(page, 'ru', 'p1').focus();
    await page.keyboard.press('ArrowDown');
    await expect(paragraph(page, 'ru', 'p2')).toBeFocused();
    await expect(paragraph(page, 'en', 'p2')).toHaveAttribute('data-highlight', 'linked');
    await page.keyboard.press('j');
    await expect(paragraph(page, 'ru', 'p3')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(sentence(page, 'ru', 'p3-s1')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(sentence(page, 'ru', 'p3-s2')).toBeFocused();
    await expect(sentence(page, 'en', 'p3-s2')).toHaveAttribute('data-highlight', 'linked');
    await page.keyboard.press('x');
    await expect(sentence(page, 'en', 'p3-s2')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(sentence(page, 'en', 'p3-s1')).toBeFocused();
    await page.keyboard.press('k');
    await expect(paragraph(page, 'en', 'p2')).toBeFocused();
    await page.keyboard.press('End');
    await expect(paragraph(page, 'en', 'p13')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(paragraph(page, 'en', 'p1')).toBeFocused();
  });

  test('Tab reaches the text at the current paragraph, its terms and link, then the other column', async ({
    page,
  }) => {
    await page.goto('/');
    await paragraph(page, 'ru', 'p1').focus();
    await page.keyboard.press('ArrowDown');
    const copyLink = page.getByRole('button', { name: 'Copy link to paragraph 2' }).first();
    // Tab walks the current paragraph's glossary terms, then its copy-link button.
    for (
      let i = 0;
      i < 30 && !(await copyLink.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
      const inParagraph = await page.evaluate(
        () =>
          !!document.activeElement?.closest(
            'section[lang="ru"] [data-paragraph="p2"], section[lang="ru"] .cell',
          ),
      );
      expect(inParagraph).toBe(true);
    }
    await expect(copyLink).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(paragraph(page, 'en', 'p2')).toBeFocused();
  });

  test('in a one-language view, X reveals and moves to the translation', async ({ page }) => {
    await page.goto('/?view=ru');
    await paragraph(page, 'ru', 'p2').focus();
    await page.keyboard.press('x');
    const translation = column(page, 'ru').locator('.para--translation[data-paragraph="p2"]');
    await expect(translation).toBeVisible();
    await expect(translation).toBeFocused();
  });

  test('page shortcuts switch modes, swap and open the help', async ({ page }) => {
    await page.goto('/');
    await expect(paragraph(page, 'ru', 'p1')).toBeVisible();
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: 'Russian' })).toBeChecked();
    await page.keyboard.press('4');
    await expect(page.getByRole('radio', { name: 'Interleaved' })).toBeChecked();
    await page.keyboard.press('1');
    await page.keyboard.press('s');
    await expect(page.getByRole('button', { name: 'Swap sides' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('q');
    await expect(page.getByRole('button', { name: 'Quotes only' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Jump to the matching text in the other language');
    // Shortcuts are off while a dialog is open.
    await page.keyboard.press('2');
    await expect(page.getByRole('radio', { name: 'Both' })).toBeChecked();
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });
});

test.describe('deep links and reading position', () => {
  test('copy link gives a URL that opens at the paragraph pair, highlighted', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await paragraph(page, 'ru', 'p9').hover();
    await page.getByRole('button', { name: 'Copy link to paragraph 9' }).first().click();
    await expect(page.getByRole('status')).toHaveText('Link to paragraph 9 copied.');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#p9$/);

    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(paragraph(fresh, 'ru', 'p9')).toBeInViewport();
    await expect(paragraph(fresh, 'ru', 'p9')).toHaveAttribute('data-arrived', '');
    await expect(paragraph(fresh, 'en', 'p9')).toHaveAttribute('data-arrived', '');
    await fresh.close();
  });

  test('the reading position is restored on reload', async ({ page }) => {
    await page.goto('/');
    await paragraph(page, 'ru', 'p10').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(400); // the position is saved once scrolling settles
    await page.reload();
    await expect(paragraph(page, 'ru', 'p10')).toBeInViewport();
    await expect(paragraph(page, 'ru', 'p1')).not.toBeInViewport();
  });
});
