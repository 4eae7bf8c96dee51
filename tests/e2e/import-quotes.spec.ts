import { expect, test } from './fixtures';
import { column } from './helpers';

// News copy as it is often typed: a spaced hyphen for the dash, and a speaker the detector
// cannot name right ("Токаев Путину": the subject, then the person spoken to).
const ru = [
  'Президенты встретились в Кремле в понедельник.',
  '«Мы готовы к диалогу по всем вопросам», - сказал Токаев Путину.',
  'Встреча продлилась два часа. Решение примут в мае.',
].join('\n\n');
const en = [
  'The presidents met in the Kremlin on Monday.',
  '“We are ready for dialogue on every issue,” Tokayev told Putin.',
  'The meeting lasted two hours. A decision will be made in May.',
].join('\n\n');

test('the reader corrects a quote’s speaker and marks a missed quote, then reads them', async ({
  page,
}) => {
  await page.goto('/import');
  await page.getByLabel('Title').fill('Talks in the Kremlin');
  await page.getByLabel('Russian text', { exact: true }).fill(ru);
  await page.getByLabel('English text', { exact: true }).fill(en);
  await page.getByRole('button', { name: 'Align texts' }).click();

  const quotes = page.getByRole('region', { name: 'Quotes and speakers' });
  await expect(quotes).toContainText('1 quote found.');
  await expect(quotes).toContainText('Мы готовы к диалогу по всем вопросам');

  // Keyboard only: the speaker select, "Someone else…", the two names, "Set speaker".
  await quotes.getByRole('combobox', { name: 'Speaker of quote 1' }).focus();
  await quotes
    .getByRole('combobox', { name: 'Speaker of quote 1' })
    .selectOption({ label: 'Someone else…' });
  await quotes
    .getByRole('textbox', { name: 'Name in Russian', exact: true })
    .fill('Касым-Жомарт Токаев');
  await quotes
    .getByRole('textbox', { name: 'Name in English', exact: true })
    .fill('Kassym-Jomart Tokayev');
  await quotes.getByRole('button', { name: 'Set speaker' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Speaker changed.' })).toBeVisible();

  await quotes.getByRole('textbox', { name: 'Pair number' }).fill('4');
  await quotes.getByRole('button', { name: 'Mark as a quote' }).click();
  await expect(quotes).toContainText('2 quotes found.');

  await page.getByRole('button', { name: 'Save to my library' }).click();
  await page.getByRole('link', { name: 'Read it' }).click();
  await page.reload();

  const legend = page.getByRole('region', { name: 'Who is speaking' });
  await expect(legend).toContainText('Kassym-Jomart Tokayev');
  await expect(legend).not.toContainText('Путину');
  const ruQuotes = column(page, 'ru').locator('[data-speaker]');
  await expect(ruQuotes).toHaveCount(2);
  await expect(ruQuotes.nth(1)).toHaveText('Решение примут в мае.');
  await expect(column(page, 'en').locator('[data-speaker]').nth(1)).toHaveText(
    'A decision will be made in May.',
  );
});
