import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { column, paragraph } from './helpers';

async function untilServiceWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

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

test.describe('a returning reader', () => {
  type Parsed = { theme: string | null; size: string | null; spacing: string | null };
  type Recorded = { parsed?: Parsed; shift: number };

  test('their theme, text size and line spacing are in the first paint, with no shift after', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await untilServiceWorkerControls(page);
    await page.getByRole('button', { name: 'Display' }).click();
    for (let click = 0; click < 3; click++) {
      await page.getByRole('button', { name: 'Larger text' }).click();
    }
    await page.getByRole('radio', { name: 'Relaxed' }).check();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const cache = await caches.open('parallel-reader-preferences');
          return (await cache.match('/first-paint-preferences'))?.json();
        }),
      )
      .toEqual({ theme: 'dark', fontSize: '24', lineSpacing: 'relaxed' });

    // The <html> tag as the parser made it (before any script), and every layout shift.
    await page.addInitScript(() => {
      const recorded: Recorded = { shift: 0 };
      (window as unknown as { recorded: Recorded }).recorded = recorded;
      const record = () => {
        const html = document.documentElement;
        if (!html || recorded.parsed) return;
        recorded.parsed = {
          theme: html.getAttribute('data-theme'),
          size: html.getAttribute('data-first-font-size'),
          spacing: html.getAttribute('data-first-line-spacing'),
        };
      };
      record();
      new MutationObserver(record).observe(document, { childList: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          recorded.shift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.waitForTimeout(500);
    const recorded = await page.evaluate(
      () => (window as unknown as { recorded: Recorded }).recorded,
    );
    expect(recorded.parsed).toEqual({ theme: 'dark', size: '24', spacing: 'relaxed' });
    expect(recorded.shift).toBeLessThan(0.001);

    // Handed over to the app: its own settings show the same, and the worker's extras are gone.
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(html).not.toHaveAttribute('data-first-font-size');
    await expect(html).not.toHaveAttribute('data-first-line-spacing');
    const text = paragraph(page, 'ru', 'p1');
    expect(await text.evaluate((el) => getComputedStyle(el).fontSize)).toBe('24px');
    // Smaller again: the app's own setting is not held back by anything the worker wrote.
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('button', { name: 'Smaller text' }).click();
    await expect.poll(() => text.evaluate((el) => getComputedStyle(el).fontSize)).toBe('22px');
  });

  test('the theme also holds on pages other than the reader', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.goto('/vocabulary');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe('rgb(21, 23, 26)');
  });
});

test.describe('offline', () => {
  // While offline the browser reports the requests that could not reach the network.
  test.use({
    expectedConsole: [/^error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/],
  });

  test('after one visit the reader opens with the network off', async ({ page, context }) => {
    await page.goto('/');
    await untilServiceWorkerControls(page);
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
