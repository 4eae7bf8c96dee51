import { expect, test } from './fixtures';
import { bringIntoView, column, paragraph, top } from './helpers';

test.describe('view modes', () => {
  test('switching the view is reflected in the URL, remembered, and shareable', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('radio', { name: 'Russian' }).check();
    await expect(page).toHaveURL(/[?&]view=ru\b/);
    await expect(column(page, 'ru')).toBeVisible();
    await expect(column(page, 'en')).toBeHidden();

    // Remembered: a plain visit opens in the last mode.
    await page.goto('/');
    await expect(page.getByRole('radio', { name: 'Russian' })).toBeChecked();

    // Shareable: the URL wins over the remembered mode.
    await page.goto('/?view=interleaved');
    await expect(page.getByRole('radio', { name: 'Interleaved' })).toBeChecked();
    await page.goto('/?view=en');
    await expect(column(page, 'en')).toBeVisible();
    await expect(column(page, 'ru')).toBeHidden();
  });

  test('swap sides puts English on the left and keeps tops level', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const swap = page.getByRole('button', { name: 'Swap sides' });
    await swap.click();
    await expect(swap).toHaveAttribute('aria-pressed', 'true');
    const [ru, en] = [
      (await column(page, 'ru').boundingBox())!,
      (await column(page, 'en').boundingBox())!,
    ];
    expect(en.x).toBeLessThan(ru.x);
    const [ruTop, enTop] = [
      (await paragraph(page, 'ru', 'p6').boundingBox())!.y,
      (await paragraph(page, 'en', 'p6').boundingBox())!.y,
    ];
    expect(Math.abs(ruTop - enTop)).toBeLessThanOrEqual(1);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Swap sides' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('view mode and interface language work together', async ({ page }) => {
    await page.goto('/?view=en');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await expect(page.getByRole('radio', { name: 'Английский' })).toBeChecked();
    await expect(column(page, 'en')).toBeVisible();
    await page.getByRole('radio', { name: 'Через абзац' }).check();
    await expect(page).toHaveURL(/view=interleaved/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(column(page, 'ru')).toBeVisible();
  });

  test('a one-language view leaves the other language out of sight, focus and the accessibility tree', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/?view=ru');
    await expect(page.getByRole('region', { name: 'Russian original' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'English translation' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'ambassador', exact: true })).toHaveCount(0);

    // Nothing in the hidden column takes focus, and it takes no room beside the shown one.
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.column[lang="en"] :is(a, button, p)')]
        .map((element) => {
          element.focus();
          return document.activeElement === element;
        })
        .filter(Boolean),
    );
    expect(focusable).toHaveLength(0);
    const [shown, grid] = [
      (await column(page, 'ru').boundingBox())!,
      (await page.locator('.parallel').boundingBox())!,
    ];
    expect(Math.abs(shown.width - grid.width)).toBeLessThan(1);

    // Shown again, it is whole: tops level with the Russian, and reachable.
    await page.keyboard.press('1');
    await expect(page.getByRole('region', { name: 'English translation' })).toBeVisible();
    expect(await top(paragraph(page, 'en', 'p6'))).toBeCloseTo(
      await top(paragraph(page, 'ru', 'p6')),
      0,
    );
    await expect(page.getByRole('link', { name: 'ambassador', exact: true }).first()).toBeVisible();
  });

  test('the grid numbers a view switch changes stay on the grid, so the text is not re-styled', async ({
    page,
  }) => {
    await page.goto('/?view=ru');
    // An inherited value would reach every element of the text, and every one of them would compute
    // its style again at each switch: the paragraphs must keep the registered initial value.
    const columns = await page.evaluate(() =>
      ['.parallel', '.cell', '.para', '.term'].map((selector) =>
        getComputedStyle(document.querySelector(selector)!).getPropertyValue('--columns'),
      ),
    );
    expect(columns).toEqual(['1', '2', '2', '2']);
    // A swap changes every cell's stacked row.
    const stackedRow = await page.evaluate(() => {
      const cell = [...document.querySelectorAll('.cell')].at(-1)!;
      return [cell, cell.querySelector('.para')!].map((element) =>
        getComputedStyle(element).getPropertyValue('--row-stacked'),
      );
    });
    expect(stackedRow).toEqual(['26', '1']);
  });
});

test('stacked views: the pointer reaches both languages through the overlapping columns', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/?view=interleaved');
  for (const language of ['ru', 'en'] as const) {
    const target = paragraph(page, language, 'p3');
    await bringIntoView(target);
    const box = (await target.boundingBox())!;
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('.para')?.id,
      [box.x + box.width / 2, box.y + 5] as const,
    );
    expect(hit).toBe(`${language}-p3`);
  }
});

test.describe('tap to reveal', () => {
  test('a click on a paragraph reveals its translation under it; again hides it', async ({
    page,
  }) => {
    await page.goto('/?view=ru');
    const original = paragraph(page, 'ru', 'p4');
    await original.click();
    const translation = column(page, 'ru')
      .locator('.cell')
      .nth(3)
      .locator('[data-paragraph="p4"][lang="en"]');
    await expect(translation).toBeVisible();
    await expect(translation).toContainText('critical minerals');
    const [o, t] = [(await original.boundingBox())!, (await translation.boundingBox())!];
    expect(t.y).toBeGreaterThanOrEqual(o.y + o.height - 1);
    await expect(page.getByRole('button', { name: 'Hide translation' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await original.click();
    await expect(translation).toHaveCount(0);
  });

  test('Enter on a focused paragraph reveals it; reveal all and hide all', async ({ page }) => {
    await page.goto('/?view=en');
    await paragraph(page, 'en', 'p1').focus();
    await page.keyboard.press('Enter');
    await expect(column(page, 'en').locator('[data-paragraph="p1"][lang="ru"]')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(column(page, 'en').locator('[data-paragraph="p1"][lang="ru"]')).toHaveCount(0);

    await page.getByRole('button', { name: 'Reveal all' }).click();
    await expect(column(page, 'en').locator('.para[lang="ru"]')).toHaveCount(13);
    await page.getByRole('button', { name: 'Hide all' }).click();
    await expect(column(page, 'en').locator('.para[lang="ru"]')).toHaveCount(0);
  });

  test('selecting words does not toggle the translation', async ({ page }) => {
    await page.goto('/?view=ru');
    await paragraph(page, 'ru', 'p2').dblclick();
    await expect(column(page, 'ru').locator('.para[lang="en"]')).toHaveCount(0);
  });
});

test.describe('reading comfort', () => {
  test('text size, spacing and theme are applied and remembered', async ({ page }) => {
    await page.goto('/');
    const text = paragraph(page, 'ru', 'p1');
    const sizeBefore = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('radio', { name: 'Relaxed' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect
      .poll(() => text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
      .toBe(sizeBefore + 2);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await background()).toBe('rgb(21, 23, 26)');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(
      sizeBefore + 2,
    );
    expect(
      await text.evaluate(
        (el) =>
          parseFloat(getComputedStyle(el).lineHeight) / parseFloat(getComputedStyle(el).fontSize),
      ),
    ).toBeCloseTo(1.9, 1);
  });

  test('the system theme is the default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(21, 23, 26)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(253, 252, 249)');
  });

  test('reduced motion turns off animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/#p5');
    const duration = await paragraph(page, 'ru', 'p5').evaluate(
      (el) => getComputedStyle(el).animationDuration,
    );
    expect(parseFloat(duration)).toBeLessThan(0.01);
  });
});
