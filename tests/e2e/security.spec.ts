import { expect, test } from './fixtures';

test.describe('content security policy', () => {
  test('the built pages carry a strict policy, and the app runs under it', async ({
    page,
    request,
  }) => {
    const response = await request.get('/');
    const html = await response.text();
    const meta =
      /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "require-trusted-types-for 'script'",
    ]) {
      expect(meta).toContain(directive);
    }
    expect(meta).not.toContain('unsafe-eval');
    expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // No inline script anywhere in the page.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

    // The app works under the policy: the fixture fails this test on any CSP or Trusted Types violation.
    await page.goto('/?view=ru');
    await page.getByRole('button', { name: 'Reveal all' }).click();
    await page.locator('[data-term]').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.goto('/vocabulary');
    await expect(page.getByRole('heading', { name: 'Vocabulary', level: 1 })).toBeVisible();
  });

  test.describe('blocked', () => {
    test.use({ expectedConsole: [/Trusted Type|TrustedHTML|Content Security Policy|eval/i] });

    test('writing HTML into the page is refused by Trusted Types', async ({ page }) => {
      await page.goto('/');
      const outcome = await page.evaluate(() => {
        const results: string[] = [];
        try {
          // The attack under test, which the lint rule rightly forbids in app code.
          // eslint-disable-next-line no-restricted-syntax
          document.body.insertAdjacentHTML(
            'beforeend',
            '<img src="x" onerror="window.hacked = 1">',
          );
          results.push('html accepted');
        } catch (error) {
          results.push((error as Error).name);
        }
        return { results, hacked: (window as { hacked?: number }).hacked };
      });
      expect(outcome.results).toEqual(['TypeError']);
      expect(outcome.hacked).toBeUndefined();
    });
  });
});
