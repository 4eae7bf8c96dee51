import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { buildArticle } from '../utils/build-article';
import { ReviewScreen } from './review-screen';
import { getLibraryArticle } from '../storage/library-store';

const built = buildArticle({
  ru: 'Министр заявил, что переговоры продолжатся. Встреча пройдёт в Москве.\n\nДата пока не названа.',
  en: 'The minister said the talks would continue. The meeting will take place in Moscow.\n\nNo date has been set.',
  title: { ru: 'Переговоры', en: 'Talks' },
});
// The second pair is doubtful, the others are sure.
const result = { ...built, confidences: [[0.9, 0.3], [0.8]] };

const bodyRows = () => screen.getAllByRole('row').slice(1);

async function setup() {
  const user = userEvent.setup();
  await renderWithI18n(
    <ReviewScreen
      result={result}
      title="Talks"
      articleHref={(id) => `/articles/${id}`}
      onBack={vi.fn()}
    />,
  );
  return user;
}

describe('ReviewScreen', () => {
  it('flags doubtful pairs in words and filters them', async () => {
    const user = await setup();
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByText('3 pairs, 1 to check.')).toBeVisible();
    expect(bodyRows()[1]).toHaveTextContent('Check');
    await user.click(screen.getByRole('checkbox', { name: 'Show only pairs to check' }));
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]).toHaveTextContent('Встреча пройдёт в Москве.');
  });

  it('merges a pair with the next, also across a paragraph break', async () => {
    const user = await setup();
    // Every pair but the very last has a next one to merge with.
    expect(screen.getAllByRole('button', { name: /Merge pair/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Merge pair 1 with the next' }));
    expect(bodyRows()).toHaveLength(2);
    expect(bodyRows()[0]).toHaveTextContent(
      'Министр заявил, что переговоры продолжатся. Встреча пройдёт в Москве.',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Pairs merged.');
    expect(screen.getByText('2 pairs, 0 to check.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Merge pair 1 with the next' }));
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]).toHaveTextContent('Встреча пройдёт в Москве. Дата пока не названа.');
  });

  it('undoes with the button and with Ctrl+Z', async () => {
    const user = await setup();
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Merge pair 1 with the next' }));
    await user.click(undo);
    expect(bodyRows()).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Merge pair 1 with the next' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(bodyRows()).toHaveLength(3);
    expect(undo).toBeDisabled();
  });

  it('splits a merged pair where the reader chooses, from the keyboard', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: 'Merge pair 1 with the next' }));
    await user.click(screen.getByRole('button', { name: 'Edit pair 1' }));
    await user.selectOptions(screen.getByLabelText('Russian sentences kept in this pair'), '1');
    await user.selectOptions(screen.getByLabelText('English sentences kept in this pair'), '1');
    await user.click(screen.getByRole('button', { name: 'Split here' }));
    expect(screen.getByRole('status')).toHaveTextContent('Pair split.');
    expect(screen.getAllByRole('cell', { name: 'Встреча пройдёт в Москве.' })).toHaveLength(1);
    expect(screen.getByText(/^3 pairs/)).toBeVisible();
  });

  it('moves a sentence to the next pair and undoes it', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: 'Edit pair 1' }));
    // Within its paragraph the first pair has no previous pair to give a sentence to.
    expect(screen.queryByRole('button', { name: /to the previous pair/ })).toBeNull();
    await user.click(
      screen.getByRole('button', { name: 'Last English sentence to the next pair' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Sentence moved.');
    expect(
      screen.getByRole('cell', {
        name: 'The minister said the talks would continue. The meeting will take place in Moscow.',
      }),
    ).toBeVisible();
    await user.keyboard('{Control>}z{/Control}');
    expect(
      screen.getByRole('cell', { name: 'The minister said the talks would continue.' }),
    ).toBeVisible();
  });

  it('saves the corrected article to the library and links to it', async () => {
    const user = await setup();
    await user.click(screen.getByRole('button', { name: 'Merge pair 1 with the next' }));
    await user.click(screen.getByRole('button', { name: 'Save to my library' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Saved to your library.');
    const link = screen.getByRole('link', { name: 'Read it' });
    const id = link.getAttribute('href')?.split('/').pop() ?? '';
    const record = await getLibraryArticle(id);
    expect(record?.title).toBe('Talks');
    expect(record?.article.paragraphs[0]?.groups).toHaveLength(1);
  });
});
