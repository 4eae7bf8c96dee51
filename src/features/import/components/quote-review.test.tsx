import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { buildArticle } from '../utils/build-article';
import { ReviewScreen } from './review-screen';

const built = buildArticle({
  ru: 'Министр Ермек Кошербаев провёл брифинг.\n\n«Мы готовы к диалогу», – сказал Токаев Путину.\n\nВстреча продлилась час. Решение примут в мае.',
  en: 'Minister Yermek Kosherbayev gave a briefing.\n\n“We are ready for dialogue,” Tokayev told Putin.\n\nThe meeting lasted an hour. A decision will be made in May.',
  title: { ru: 'Встреча', en: 'Meeting' },
});
const result = {
  ...built,
  confidences: built.article.paragraphs.map((p) => p.groups.map(() => 1)),
};

async function setup() {
  const user = userEvent.setup();
  await renderWithI18n(
    <ReviewScreen
      result={result}
      title="Meeting"
      articleHref={(id) => `/articles/${id}`}
      onBack={vi.fn()}
    />,
  );
  const section = screen.getByRole('region', { name: 'Quotes and speakers' });
  return { user, section };
}

describe('QuoteReview', { timeout: 30_000 }, () => {
  it('corrects a wrongly guessed speaker with a new one, then undoes it', async () => {
    const { user, section } = await setup();
    expect(
      within(section).getByText(
        '1 quote found. Check who says it, and remove anything that is not direct speech.',
      ),
    ).toBeVisible();
    const select = within(section).getByRole('combobox', { name: 'Speaker of quote 1' });
    const guessed = (select as HTMLSelectElement).value;
    await user.selectOptions(select, 'Someone else…');
    await user.type(
      within(section).getByRole('textbox', { name: 'Name in Russian' }),
      'Касым-Жомарт Токаев',
    );
    await user.type(
      within(section).getByRole('textbox', { name: 'Name in English' }),
      'Kassym-Jomart Tokayev',
    );
    await user.click(within(section).getByRole('button', { name: 'Set speaker' }));
    expect(screen.getByRole('status')).toHaveTextContent('Speaker changed.');
    const corrected = within(section).getByRole('combobox', { name: 'Speaker of quote 1' });
    expect(within(corrected).getByRole('option', { selected: true })).toHaveTextContent(
      'Kassym-Jomart Tokayev',
    );
    // The wrong guess spoke no other quote: it leaves the speakers.
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      (within(section).getByRole('combobox', { name: 'Speaker of quote 1' }) as HTMLSelectElement)
        .value,
    ).toBe(guessed);
  });

  it('renames a speaker, refuses an empty name, and removes a false quote', async () => {
    const { user, section } = await setup();
    // The guesses on the two sides may differ ("Токаев Путину", "Tokayev"): take the first.
    const ru = within(section).getAllByRole('textbox', { name: /name in Russian$/ })[0]!;
    await user.clear(ru);
    await user.click(within(section).getAllByRole('button', { name: 'Rename' })[0]!);
    expect(section).toHaveTextContent('Give the speaker a name in Russian and in English.');
    await user.type(ru, 'Токаев');
    await user.click(within(section).getAllByRole('button', { name: 'Rename' })[0]!);
    expect(screen.getByRole('status')).toHaveTextContent('Speaker renamed.');

    await user.click(within(section).getByRole('button', { name: 'Quote 1 is not a quote' }));
    expect(section).toHaveTextContent('No direct speech was found.');
  });

  it('marks a missed pair as a quote, and says why it cannot', async () => {
    const { user, section } = await setup();
    const pair = within(section).getByRole('textbox', { name: 'Pair number' });
    await user.type(pair, '99');
    await user.click(within(section).getByRole('button', { name: 'Mark as a quote' }));
    expect(section).toHaveTextContent('There is no pair 99: the pairs are numbered 1 to 4.');
    await user.clear(pair);
    await user.type(pair, '2');
    await user.click(within(section).getByRole('button', { name: 'Mark as a quote' }));
    expect(section).toHaveTextContent('Pair 2 already has speech marks, or has no text.');
    await user.clear(pair);
    await user.type(pair, '4');
    await user.click(within(section).getByRole('button', { name: 'Mark as a quote' }));
    expect(screen.getByRole('status')).toHaveTextContent('Pair 4 marked as a quote.');
    expect(section).toHaveTextContent('2 quotes found.');
    expect(section).toHaveTextContent('A decision will be made in May.');
  });
});
