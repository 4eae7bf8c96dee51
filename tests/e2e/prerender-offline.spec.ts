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

    test('with a returning reader’s view on <html> (from the service worker), it shows that view', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto('/');
      const looks = () =>
        page.evaluate(() => {
          const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
          const marked = (view: string) =>
            style(`input[name="view-mode"][value="${view}"] + span`).backgroundColor;
          return {
            marked: { both: marked('both'), ru: marked('ru') },
            english: style('section.column[lang="en"]').contentVisibility,
            toolbar: [style('.toolbar-reveal-all').display, style('.toolbar-swap').display],
            hint: style('.reveal-hint').display,
          };
        });
      const both = await looks();
      expect(both).toMatchObject({ english: 'visible', hint: 'none' });
      const [hiddenButton, shownButton] = both.toolbar;
      expect(hiddenButton).toBe('none');
      await page.evaluate(() => document.documentElement.setAttribute('data-first-view', 'ru'));
      expect(await looks()).toEqual({
        marked: { both: both.marked.ru, ru: both.marked.both },
        english: 'hidden',
        toolbar: [shownButton, 'none'],
        hint: 'block',
      });
    });
  });

  for (const path of ['/', '/vocabulary/', '/ru/practice/']) {
    test(`hydration keeps the page still: no layout shift while loading ${path}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[]) {
            if (!entry.hadRecentInput)
              (window as unknown as { shift: number }).shift += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      // Stylesheets on a slow link: one the page does not wait for would arrive after its paint.
      await page.route('**/assets/*.css', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.goto(path);
      // Interactive: hydrated, and the update after it (the reader's own settings) painted.
      await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
      await page.waitForTimeout(1000);
      expect(
        await page.evaluate(() => (window as unknown as { shift: number }).shift),
      ).toBeLessThan(0.01);
    });
  }
});

test.describe('a returning reader', () => {
  type FirstPaint = { html?: Record<string, string>; shifts: string[] };

  /** What the worker stored for the next first paint. */
  const storedPreferences = (page: Page) =>
    page.evaluate(async () => {
      const cache = await caches.open('parallel-reader-preferences');
      return (await cache.match('/first-paint-preferences'))?.json();
    });

  /** From the next page on: the <html> tag's lang and data attributes as parsed, and layout shifts. */
  const recordFirstPaint = (page: Page) =>
    page.addInitScript(() => {
      const recorded: FirstPaint = { shifts: [] };
      (window as unknown as { recorded: FirstPaint }).recorded = recorded;
      const record = () => {
        const html = document.documentElement;
        if (!html || recorded.html) return;
        recorded.html = Object.fromEntries(
          html
            .getAttributeNames()
            .flatMap((name) =>
              name === 'lang' || name.startsWith('data-')
                ? [[name, html.getAttribute(name) ?? '']]
                : [],
            ),
        );
      };
      record();
      new MutationObserver(record).observe(document, { childList: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          sources: { node?: Node | null }[];
        })[]) {
          // Shifts that round to 0.000 are not counted, as CLS is reported to 3 decimals.
          if (entry.value < 0.0005) continue;
          const moved = entry.sources.map((source) => source.node?.nodeName).join(', ');
          recorded.shifts.push(
            `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved}`,
          );
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });

  /** The recording, once the app is interactive and a moment has passed for late shifts. */
  async function firstPaintOf(page: Page) {
    await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
    await page.waitForTimeout(300);
    return page.evaluate(() => (window as unknown as { recorded: FirstPaint }).recorded);
  }

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
      .poll(() => storedPreferences(page))
      .toEqual({ theme: 'dark', fontSize: '24', lineSpacing: 'relaxed' });

    await recordFirstPaint(page);
    await page.reload();
    const { html: parsed, shifts } = await firstPaintOf(page);
    expect(parsed).toMatchObject({
      'data-theme': 'dark',
      'data-first-font-size': '24',
      'data-first-line-spacing': 'relaxed',
    });
    expect(shifts).toEqual([]);

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

  test('their view, and the view a link asks for, are in the first paint', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await untilServiceWorkerControls(page);
    await page.keyboard.press('2'); // the Russian text alone
    await expect(page.locator('.parallel')).toHaveAttribute('data-view', 'ru');
    await expect.poll(() => storedPreferences(page)).toEqual({ view: 'ru' });

    await recordFirstPaint(page);
    for (const [address, view] of [
      ['/', 'ru'],
      ['/?view=interleaved', 'interleaved'],
      ['/ru/?view=en', 'en'],
    ] as const) {
      await page.goto(address);
      const { html, shifts } = await firstPaintOf(page);
      expect(html?.['data-first-view'], address).toBe(view);
      expect(shifts, address).toEqual([]);
      await expect(page.locator('.parallel')).toHaveAttribute('data-view', view);
      await expect(page.locator('html')).not.toHaveAttribute('data-first-view');
    }
    // The app's own view switch is not held back by anything the worker wrote.
    await page.keyboard.press('1');
    await expect(column(page, 'en')).toBeVisible();
    await expect(column(page, 'ru')).toBeVisible();
  });

  test('who chose Russian for the interface gets the Russian page from the first paint', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await untilServiceWorkerControls(page);
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect.poll(() => storedPreferences(page)).toEqual({ language: 'ru' });

    await recordFirstPaint(page);
    for (const [address, heading] of [
      ['/', 'Русский оригинал'],
      ['/vocabulary', 'Словарь'],
    ] as const) {
      await page.goto(address);
      const { html } = await firstPaintOf(page);
      expect(html?.lang, address).toBe('ru');
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe(address);
    }
    // The address's own language still wins.
    await page.goto('/?lng=en');
    expect((await firstPaintOf(page)).html?.lang).toBe('en');
    await expect(page.getByRole('heading', { name: 'Russian original' })).toBeVisible();
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
