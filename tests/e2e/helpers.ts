import type { Locator, Page } from '@playwright/test';

/** The reader's public hooks, in one place for every spec. */
export const column = (page: Page, language: 'ru' | 'en') =>
  page.locator(`section.column[lang="${language}"]`);

export const paragraph = (page: Page, language: 'ru' | 'en', id: string) =>
  column(page, language).locator(`.cell > .para:not(.para--translation)[data-paragraph="${id}"]`);

export const sentence = (page: Page, language: 'ru' | 'en', id: string) =>
  column(page, language).locator(`.cell > .para:not(.para--translation) [data-sentence="${id}"]`);

/**
 * Scrolls the element into view and lets a frame pass. Paragraphs far from the viewport are laid
 * out only when they come near it (content-visibility: auto): measured anywhere else, their boxes
 * are estimates, not what a reader sees.
 */
export async function bringIntoView(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  // Paragraphs coming into view take their real height, which can move this one: wait until its
  // box stays put from one frame to the next (and scroll again if it left the viewport).
  await locator.evaluate(async (element) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    let last = '';
    for (let tries = 0; tries < 20; tries++) {
      await frame();
      await frame();
      const box = element.getBoundingClientRect();
      const now = `${box.top},${box.height}`;
      if (now === last && box.bottom > 0 && box.top < window.innerHeight) return;
      if (box.bottom <= 0 || box.top >= window.innerHeight)
        element.scrollIntoView({ block: 'nearest' });
      last = now;
    }
  });
}

/** The element's top, from the top of the page, measured on screen. */
export async function top(locator: Locator) {
  await bringIntoView(locator);
  return locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
}

/** Reader settings as the app stores them, to start a test from a known state. */
export async function seedSettings(page: Page, settings: Record<string, unknown>) {
  await page.addInitScript((value) => {
    localStorage.setItem('parallel-reader:reader-settings', JSON.stringify(value));
  }, settings);
}

export async function paragraphIds(page: Page) {
  await column(page, 'ru').locator('.cell > .para').last().waitFor();
  return column(page, 'ru')
    .locator('.cell > .para')
    .evaluateAll((elements) =>
      elements.map((element) => (element as HTMLElement).dataset.paragraph ?? ''),
    );
}
