import { expect, test } from './fixtures';
import { bringIntoView, column, paragraph, paragraphIds, seedSettings, top } from './helpers';

test.describe('parallel columns', () => {
  for (const width of [1280, 1920]) {
    for (const fontSize of [18, 24]) {
      test(`paragraph tops are level at ${width} px, ${fontSize} px text`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await seedSettings(page, { fontSize });
        await page.goto('/');
        const ids = await paragraphIds(page);
        expect(ids).toHaveLength(13);
        for (const id of ids) {
          const [ru, en] = [
            await top(paragraph(page, 'ru', id)),
            await top(paragraph(page, 'en', id)),
          ];
          expect(Math.abs(ru - en), `${id}: ru ${ru}, en ${en}`).toBeLessThanOrEqual(1);
        }
        // The columns really are side by side.
        const [ruBox, enBox] = [
          await column(page, 'ru').boundingBox(),
          await column(page, 'en').boundingBox(),
        ];
        expect(enBox!.x).toBeGreaterThan(ruBox!.x + ruBox!.width - 1);
      });
    }
  }

  test('tops stay level under browser zoom', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('/');
    await page.evaluate(() => {
      document.body.style.zoom = '1.5';
    });
    for (const id of await paragraphIds(page)) {
      const [ru, en] = [await top(paragraph(page, 'ru', id)), await top(paragraph(page, 'en', id))];
      expect(Math.abs(ru - en), id).toBeLessThanOrEqual(1);
    }
  });

  test('each column has its language and copying it gives only that language', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Glossary links would catch the clicks that start a selection; this is about the text alone.
    await page.addInitScript(() =>
      localStorage.setItem(
        'parallel-reader:vocabulary-settings',
        JSON.stringify({ showTerms: false }),
      ),
    );
    await page.goto('/');
    await expect(column(page, 'ru')).toHaveAttribute('lang', 'ru');
    await expect(column(page, 'en')).toHaveAttribute('lang', 'en');

    // Select as a reader would: click at the start of the first Russian paragraph, then
    // shift-click at the end of the last one, and copy.
    const first = paragraph(page, 'ru', 'p1');
    const last = paragraph(page, 'ru', 'p13');
    const a = (await first.boundingBox())!;
    await page.mouse.click(a.x + 1, a.y + 6);
    await bringIntoView(last);
    const b = (await last.boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.click(b.x + b.width - 2, b.y + b.height - 6);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());

    expect(copied).toContain('Посол США в Казахстане Джули Стаффт');
    expect(copied).toContain('крепкая дружба между нашими странами');
    // Latin letters only where the Russian original itself has them ("(Freedom 250)").
    expect(copied.replace('(Freedom 250)', '')).not.toMatch(/[A-Za-z]/);
  });

  test('the English column copies as English only', async ({ page }) => {
    await page.goto('/');
    const text = await page.evaluate(() => {
      const englishColumn = document.querySelector('section.column[lang="en"]')!;
      const range = document.createRange();
      range.selectNodeContents(englishColumn);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(text).toContain('U.S. Ambassador to Kazakhstan Julie Stufft');
    expect(text).not.toMatch(/[А-Яа-яЁё]/);
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const view of ['both', 'interleaved', 'ru', 'en']) {
    test(`no horizontal scrolling at 360 px (${view})`, async ({ page }) => {
      await page.goto(`/?view=${view}`);
      if (view === 'ru' || view === 'en')
        await page.getByRole('button', { name: 'Reveal all' }).click();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }

  test('both languages interleave: each Russian paragraph is followed by its English', async ({
    page,
  }) => {
    await page.goto('/');
    for (const id of ['p1', 'p2', 'p13']) {
      await bringIntoView(paragraph(page, 'ru', id));
      const ru = (await paragraph(page, 'ru', id).boundingBox())!;
      const en = (await paragraph(page, 'en', id).boundingBox())!;
      expect(en.y).toBeGreaterThanOrEqual(ru.y + ru.height - 1);
    }
    await bringIntoView(paragraph(page, 'en', 'p1'));
    const p1en = (await paragraph(page, 'en', 'p1').boundingBox())!;
    const p2ru = (await paragraph(page, 'ru', 'p2').boundingBox())!;
    expect(p2ru.y).toBeGreaterThanOrEqual(p1en.y + p1en.height - 1);
  });
});

test('print keeps two columns on paper', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 700, height: 1000 });
  const ru = (await column(page, 'ru').boundingBox())!;
  const en = (await column(page, 'en').boundingBox())!;
  expect(en.x).toBeGreaterThan(ru.x + ru.width - 1);
  expect(Math.abs(ru.y - en.y)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('group', { name: 'Reading controls' })).toBeHidden();
});
