import { expect, test } from './fixtures';
import { column, paragraph } from './helpers';

test.describe('prerendered pages', () => {
  test('the served HTML already holds the article, in both languages, before any script runs', async ({
    request,
  }) => {
    const html = await (await request.get('/')).text();
    // The text as a browser shows it before scripts: tags (term links, sentence spans) removed.
    const text = html.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '');
    expect(html).toContain('<html lang="en">');
    expect(text).toContain(
      'Посол США в Казахстане Джули Стаффт провела в Астане пресс-конференцию',
    );
    expect(text).toContain(
      'U.S. Ambassador to Kazakhstan Julie Stufft held a press conference in Astana',
    );
    expect(text).toContain('крепкая дружба между нашими странами.');
    expect(html).toContain('data-paragraph="p13"');
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/" \/>/);
    expect(html).toMatch(/<link rel="alternate" hreflang="ru" href="[^"]+\/ru\/" \/>/);
    expect(html).toMatch(/<link rel="alternate" hreflang="x-default" href="[^"]+\/" \/>/);
    // No script blocks rendering: module scripts run after the document is parsed.
    expect(html).not.toMatch(/<script(?![^>]*type="module")[^>]*src=/);

    const russian = await (await request.get('/ru/')).text();
    expect(russian).toContain('<html lang="ru">');
    expect(russian).toContain('<title>Parallel Reader — русский и английский текст рядом</title>');
    expect(russian).toContain('Русский оригинал');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('the article reads in level parallel columns', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/');
      await expect(paragraph(page, 'ru', 'p3')).toContainText('– Для меня нет другой страны');
      await expect(paragraph(page, 'en', 'p3')).toContainText('“For me, there is no country');
      const [ru, en] = [
        await paragraph(page, 'ru', 'p5').boundingBox(),
        await paragraph(page, 'en', 'p5').boundingBox(),
      ];
      expect(Math.abs(ru!.y - en!.y)).toBeLessThanOrEqual(1);
    });
  });

  test('hydration keeps the page still: no layout shift while loading', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Quotes only' })).toBeEnabled();
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(
      0.01,
    );
  });
});

test.describe('offline', () => {
  // While offline the browser reports the requests that could not reach the network.
  test.use({
    expectedConsole: [/^error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/],
  });

  test('after one visit the reader opens with the network off', async ({ page, context }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
      }
    });
    await context.setOffline(true);
    await page.reload();
    await expect(paragraph(page, 'ru', 'p1')).toContainText('Посол США в Казахстане');
    await page.goto('/ru/?view=interleaved');
    await expect(column(page, 'en')).toContainText('Freedom 250');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await page.getByRole('link', { name: 'Словарь' }).click();
    await expect(page.getByRole('heading', { name: 'Словарь', level: 1 })).toBeVisible();
    await context.setOffline(false);
  });
});
