import { expect, type Page } from '@playwright/test';

/** A short real pair (two paragraphs), quick to align. */
export const shortPair = {
  ru: [
    'В Душанбе завершилась международная конференция по водным ресурсам. В ней участвовали делегации из 40 стран.',
    'Министр заявил, что сотрудничество продолжится. Следующая встреча пройдёт в Астане.',
  ].join('\n\n'),
  en: [
    'An international water conference has ended in Dushanbe. Delegations from 40 countries took part.',
    'The minister said that cooperation would continue. The next meeting will be held in Astana.',
  ].join('\n\n'),
};

// Either interface language.
export const library = (page: Page) =>
  page.getByRole('region', { name: /^(My library|Моя библиотека)$/ });

/** Imports the short pair through the import page and saves it to the library. */
export async function saveArticle(page: Page, title: string) {
  await page.goto('/import');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Russian text', { exact: true }).fill(shortPair.ru);
  await page.getByLabel('English text', { exact: true }).fill(shortPair.en);
  await page.getByRole('button', { name: 'Align texts' }).click();
  await page.getByRole('button', { name: 'Save to my library' }).click();
  await expect(page.getByRole('alert')).toContainText('Saved to your library.');
}
