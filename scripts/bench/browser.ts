import { chromium, devices, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../browser.mjs';

export function chromiumPath() {
  const found = findBrowser();
  if (!found) {
    throw new Error('No Chromium found: set CHROME_PATH or run `node scripts/ensure-browser.mjs`.');
  }
  return found.path;
}

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });

/**
 * A fresh context (empty cache and storage) with the e2e tests' desktop profile. tsx compiles
 * named functions with an `__name(fn, "name")` helper; functions sent to the page with
 * `page.evaluate` or `addInitScript` carry that call, so the page gets a no-op of its own.
 */
export async function newContext(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  const context = await browser.newContext({ ...devices['Desktop Chrome'], locale });
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}
