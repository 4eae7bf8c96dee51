import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { column } from './helpers';

// Glossary terms in forms the curated article never uses (послом, послами, сотрудничеству,
// двусторонних), ё-spelt and capitalised, beside look-alikes that are not terms (после, сотрудник).
const russian = [
  'Посол США провела встречу с представителями деловых кругов Астаны.',
  'После встречи сотрудник посольства рассказал, что речь шла о сотрудничестве в сфере образования.',
  'Министр поблагодарила послов за вклад в развитие двусторонних отношений и партнёрства.',
].join('\n\n');
const english = [
  'The U.S. Ambassador met representatives of the Astana business community.',
  'After the meeting an embassy employee said the talks were about cooperation in education.',
  'The minister thanked the ambassadors for their contribution to the development of bilateral relations and partnership.',
].join('\n\n');

const term = (page: Page, language: 'ru' | 'en', entry: string) =>
  column(page, language).locator(`[data-term="${entry}"]`);

test('an imported text shows the glossary’s terms in inflected forms, with cards', async ({
  page,
}) => {
  await page.goto('/import');
  await page.getByLabel('Title').fill('Ambassador meets business');
  await page.getByLabel('Russian text', { exact: true }).fill(russian);
  await page.getByLabel('English text', { exact: true }).fill(english);
  await page.getByRole('button', { name: 'Align texts' }).click();
  await expect(page.getByRole('heading', { name: 'Check the alignment' })).toBeVisible();
  await page.getByRole('button', { name: 'Save to my library' }).click();
  await expect(page.getByRole('alert')).toContainText('Saved to your library.');
  await page.getByRole('link', { name: 'Read it' }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]+$/);

  await expect(term(page, 'ru', 'ambassador')).toHaveText(['Посол', 'послов']);
  await expect(term(page, 'ru', 'bilateral-relations')).toHaveText('двусторонних отношений');
  await expect(term(page, 'ru', 'partnership')).toHaveText('партнёрства');
  await expect(term(page, 'ru', 'cooperation')).toHaveText('сотрудничестве');
  await expect(term(page, 'ru', 'business-community')).toHaveText('деловых кругов');
  // “После” and “сотрудник” only look like terms.
  await expect(
    column(page, 'ru').locator('[data-term]', { hasText: /После|сотрудник\b/ }),
  ).toHaveCount(0);
  await expect(term(page, 'en', 'bilateral-relations')).toHaveText('bilateral relations');
  await expect(term(page, 'en', 'ambassador')).toHaveText(['Ambassador', 'ambassadors']);

  // The keyboard: the first term of the current paragraph, its card, Enter into it, Escape back.
  await column(page, 'ru').locator('.cell > .para').first().focus();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('data-term', 'ambassador');
  const card = page.getByRole('dialog', { name: 'посо́л' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('ambassador');
  await expect(card).toContainText('2 occurrences in the article');
  await expect(term(page, 'en', 'ambassador').first()).toHaveAttribute('data-highlight-term', '');
  await page.keyboard.press('Enter');
  await expect(card).toBeFocused();
  await card.getByText('2 occurrences in the article').click();
  await expect(card.locator('.occurrence-sentence[lang="ru"]').last()).toContainText(
    'поблагодарила послов',
  );
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(focused).toHaveAttribute('data-term', 'ambassador');
});
