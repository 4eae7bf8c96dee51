import { expect, test } from './fixtures';
import { column } from './helpers';

test.describe('speaker quotes', () => {
  test('the same quotes, with the same speakers, are marked in both columns', async ({ page }) => {
    await page.goto('/');
    const quotesIn = (language: 'ru' | 'en') =>
      column(page, language)
        .locator('[data-speaker]')
        .evaluateAll((elements) => [
          ...new Set(
            elements.map(
              (e) => `${(e as HTMLElement).dataset.quote}:${(e as HTMLElement).dataset.speaker}`,
            ),
          ),
        ]);
    await expect(column(page, 'ru').locator('[data-speaker]').first()).toBeVisible();
    const [ru, en] = [await quotesIn('ru'), await quotesIn('en')];
    expect(ru).toEqual([
      'p3-q1:stufft',
      'p6-q1:stufft',
      'p8-q1:stufft',
      'p8-q2:stufft',
      'p11-q1:stufft',
    ]);
    expect(en).toEqual(ru);
  });

  test('quotes carry a cue beyond colour, attributions are set apart from the quote', async ({
    page,
  }) => {
    await page.goto('/');
    const quote = column(page, 'en').locator('[data-quote="p3-q1"]').first();
    const border = await quote.evaluate((el) => getComputedStyle(el).borderBottomStyle);
    expect(border).toBe('solid');
    const attribution = column(page, 'en').locator('[data-attribution-of="p3-q1"]');
    await expect(attribution).toHaveText('the ambassador stressed');
    expect(await attribution.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('italic');
    await expect(column(page, 'ru').locator('[data-attribution-of="p3-q1"]')).toHaveText(
      'подчеркнула посол',
    );
    // "он – одна из стран-основателей": a dash inside speech stays inside the quote.
    await expect(column(page, 'ru').locator('[data-quote="p6-q1"]').first()).toContainText(
      'он – одна из стран-основателей',
    );
    // A campaign name in «» is not a quote.
    await expect(
      column(page, 'ru').locator('[data-speaker]', { hasText: 'Свобода-250' }),
    ).toHaveCount(0);
    // Reported speech is marked, more quietly, with its speaker.
    await expect(column(page, 'en').locator('[data-reported-by="trump"]')).toContainText(
      'first American president',
    );
  });

  test('the legend names each speaker with role and counts', async ({ page }) => {
    await page.goto('/');
    const legend = page.getByRole('region', { name: 'Who is speaking' });
    await expect(legend).toContainText('Julie Stufft');
    await expect(legend).toContainText('U.S. Ambassador to Kazakhstan');
    await expect(legend).toContainText('5 quotes · 7 reported statements');
    await expect(legend).toContainText('0 quotes · 1 reported statement');
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await expect(page.getByRole('region', { name: 'Кто говорит' })).toContainText(
      '5 цитат · 7 косвенных высказываний',
    );
  });

  test('quotes only dims everything else; a speaker filter follows one voice', async ({ page }) => {
    await page.goto('/');
    const narration = column(page, 'en').locator('[data-paragraph="p1"]');
    const quote = column(page, 'en').locator('[data-quote="p3-q1"]').first();
    const colour = (locator: typeof quote) => locator.evaluate((el) => getComputedStyle(el).color);
    const normal = await colour(narration);
    await page.getByRole('button', { name: 'Quotes only' }).click();
    await expect.poll(() => colour(narration)).not.toBe(normal);
    expect(await colour(quote)).toBe(normal);

    await page.getByRole('button', { name: 'Only Julie Stufft' }).click();
    await expect(page.getByRole('button', { name: 'Only Julie Stufft' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Quotes only' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(quote).not.toHaveAttribute('data-filtered-out');
    await expect(column(page, 'en').locator('[data-reported-by="trump"]')).toHaveAttribute(
      'data-filtered-out',
      '',
    );

    await page.getByRole('button', { name: 'Quotes only' }).click();
    await expect(page.getByRole('button', { name: 'Only Julie Stufft' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect.poll(() => colour(narration)).toBe(normal);
    await expect(page.locator('[data-filtered-out]')).toHaveCount(0);
  });

  test('a speaker filter also dims the quotes of a translation revealed under it', async ({
    page,
  }) => {
    await page.goto('/?view=ru');
    await page.getByRole('button', { name: 'Only Julie Stufft' }).click();
    await expect(column(page, 'ru').locator('[data-reported-by="trump"]').first()).toHaveAttribute(
      'data-filtered-out',
      '',
    );
    await column(page, 'ru').locator('[data-reveal="p7"]').click();
    const translation = column(page, 'ru').locator('.para--translation[data-paragraph="p7"]');
    await expect(translation.locator('[data-reported-by="trump"]').first()).toHaveAttribute(
      'data-filtered-out',
      '',
    );
  });

  test('the quotes panel lists every quote in both languages and jumps to it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Quotes', exact: true }).click();
    const panel = page.getByRole('dialog', { name: 'All quotes' });
    await expect(panel.getByRole('listitem')).toHaveCount(5);
    await expect(panel.locator('blockquote[lang="ru"]').nth(3)).toContainText('Но, помимо этого');
    await expect(panel.locator('blockquote[lang="en"]').nth(3)).toContainText('But beyond that');
    await panel.getByRole('button', { name: 'Go to this quote' }).nth(4).click();
    await expect(panel).toBeHidden();
    const target = column(page, 'ru').locator('[data-quote="p11-q1"]').first();
    await expect(target).toBeInViewport();
    await expect(column(page, 'ru').locator('[data-paragraph="p11"]')).toHaveAttribute(
      'data-arrived',
      '',
    );
  });
});

test('about this text shows the source, the curation with its reason, and the translator’s notes', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByText('About this text').click();
  const about = page.locator('details.about');
  await expect(about).toContainText('Source paragraphs 3 and 4 joined into paragraph 3.');
  await expect(about).toContainText('text-extraction error');
  await expect(about).toContainText('Board of Peace');
  await expect(about.getByRole('listitem')).toHaveCount(13); // 1 curation + 12 notes
  await about.getByRole('link', { name: 'Paragraph 11' }).first().click();
  await expect(column(page, 'ru').locator('[data-paragraph="p11"]')).toBeInViewport();
});
