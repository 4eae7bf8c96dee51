import { test as base, expect } from '@playwright/test';

type Options = {
  /** Console messages a test expects (e.g. failed requests while offline); all others fail it. */
  expectedConsole: RegExp[];
};

/**
 * Every browser test fails on a console error or warning, an uncaught exception, or a
 * missing-translation warning from i18next.
 */
export const test = base.extend<Options & { consoleProblems: string[] }>({
  expectedConsole: [[], { option: true }],
  // Navigation waits until the app is interactive (hydrated, listeners attached), as a reader's
  // first keypress would only work from then on.
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const ready = () =>
        page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 15_000 });
      const goto = page.goto.bind(page);
      const reload = page.reload.bind(page);
      page.goto = async (...args) => {
        const response = await goto(...args);
        await ready();
        return response;
      };
      page.reload = async (...args) => {
        const response = await reload(...args);
        await ready();
        return response;
      };
    }
    await use(page);
  },
  consoleProblems: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return;
        const text = `${message.type()}: ${message.text()}`;
        if (!expectedConsole.some((pattern) => pattern.test(text))) problems.push(text);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
