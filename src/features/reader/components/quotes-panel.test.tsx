import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { renderWithI18n } from '@/test/render';
import { quotePairs } from '../utils/speech-summary';
import { QuotesPanel } from './quotes-panel';

const quotes = quotePairs(curatedArticle);
const speakerIndex = new Map(curatedArticle.speakers.map((s, i) => [s.id, i]));

async function renderPanel(language: 'en' | 'ru' = 'en') {
  const onClose = vi.fn();
  const onJump = vi.fn();
  await renderWithI18n(
    <QuotesPanel
      open
      onClose={onClose}
      article={curatedArticle}
      speakerIndex={speakerIndex}
      onJump={onJump}
    />,
    language,
  );
  return { onClose, onJump };
}

describe('QuotesPanel', () => {
  it('lists every quote in Russian and English', async () => {
    await renderPanel();
    const dialog = screen.getByRole('dialog', { name: 'All quotes' });
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    items.forEach((item, index) => {
      const quote = quotes[index]!;
      expect(within(item).getByText('Julie Stufft')).toHaveAttribute('lang', 'en');
      expect(within(item).getByText(quote.ru)).toHaveAttribute('lang', 'ru');
      expect(within(item).getByText(quote.en)).toHaveAttribute('lang', 'en');
    });
  });

  it.each([0, 2, 4])('jumps to quote %i', async (index) => {
    const { onJump } = await renderPanel();
    const jumps = screen.getAllByRole('button', { name: 'Go to this quote' });
    expect(jumps).toHaveLength(5);
    await userEvent.click(jumps[index]!);
    expect(onJump).toHaveBeenCalledExactlyOnceWith(quotes[index]);
  });

  it('closes with the Close button', async () => {
    const { onClose, onJump } = await renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
    expect(onJump).not.toHaveBeenCalled();
  });

  it('speaks Russian in the Russian interface', async () => {
    await renderPanel('ru');
    const dialog = screen.getByRole('dialog', { name: 'Все цитаты' });
    expect(within(dialog).getAllByText('Джули Стаффт')[0]).toHaveAttribute('lang', 'ru');
    expect(within(dialog).getAllByRole('button', { name: 'Перейти к цитате' })).toHaveLength(5);
    expect(within(dialog).getByRole('button', { name: 'Закрыть' })).toBeInTheDocument();
  });

  it('renders nothing to read while closed', async () => {
    await renderWithI18n(
      <QuotesPanel
        open={false}
        onClose={() => {}}
        article={curatedArticle}
        speakerIndex={speakerIndex}
        onJump={() => {}}
      />,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
