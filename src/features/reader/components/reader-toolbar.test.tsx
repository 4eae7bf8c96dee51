import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { defaultReaderSettings, type ReaderSettings } from '../utils/reader-settings';
import { ReaderToolbar } from './reader-toolbar';

function renderToolbar(
  settings: Partial<ReaderSettings> = {},
  state: { allRevealed?: boolean; quotesOnly?: boolean } = {},
) {
  const handlers = {
    onSettings: vi.fn(),
    onRevealAll: vi.fn(),
    onQuotesOnly: vi.fn(),
    onOpenQuotes: vi.fn(),
    onOpenShortcuts: vi.fn(),
  };
  const rendered = renderWithI18n(
    <ReaderToolbar
      settings={{ ...defaultReaderSettings, ...settings }}
      allRevealed={state.allRevealed ?? false}
      quotesOnly={state.quotesOnly ?? false}
      {...handlers}
    />,
  );
  return rendered.then(() => handlers);
}

describe('ReaderToolbar', () => {
  it('is a named group of reading controls', async () => {
    await renderToolbar();
    expect(screen.getByRole('group', { name: 'Reading controls' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Both' })).toBeChecked();
  });

  it.each(['both', 'interleaved'] as const)(
    'in view %s offers Swap sides, not Reveal all',
    async (view) => {
      await renderToolbar({ view });
      expect(screen.getByRole('button', { name: 'Swap sides' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      expect(screen.queryByRole('button', { name: 'Reveal all' })).not.toBeInTheDocument();
    },
  );

  it.each([false, true])('Swap sides (pressed: %s) asks for the other side', async (swapped) => {
    const { onSettings } = await renderToolbar({ view: 'both', swapped });
    const swap = screen.getByRole('button', { name: 'Swap sides' });
    expect(swap).toHaveAttribute('aria-pressed', String(swapped));
    await userEvent.click(swap);
    expect(onSettings).toHaveBeenCalledExactlyOnceWith({ swapped: !swapped });
  });

  it.each([
    ['ru', false, 'Reveal all', true],
    ['en', false, 'Reveal all', true],
    ['ru', true, 'Hide all', false],
  ] as const)(
    'in view %s (all revealed: %s) shows %s instead of Swap sides',
    async (view, allRevealed, name, reveal) => {
      const { onRevealAll } = await renderToolbar({ view }, { allRevealed });
      expect(screen.queryByRole('button', { name: 'Swap sides' })).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name }));
      expect(onRevealAll).toHaveBeenCalledExactlyOnceWith(reveal);
    },
  );

  it.each([false, true])('Quotes only (pressed: %s) toggles', async (quotesOnly) => {
    const { onQuotesOnly } = await renderToolbar({}, { quotesOnly });
    const button = screen.getByRole('button', { name: 'Quotes only' });
    expect(button).toHaveAttribute('aria-pressed', String(quotesOnly));
    await userEvent.click(button);
    expect(onQuotesOnly).toHaveBeenCalledExactlyOnceWith(!quotesOnly);
  });

  it.each([
    ['Quotes', 'onOpenQuotes'],
    ['Keyboard shortcuts', 'onOpenShortcuts'],
  ] as const)('%s opens its dialog', async (name, handler) => {
    const handlers = await renderToolbar();
    const button = screen.getByRole('button', { name });
    expect(button).toHaveAttribute('aria-haspopup', 'dialog');
    await userEvent.click(button);
    expect(handlers[handler]).toHaveBeenCalledOnce();
  });

  it('passes view and display changes to onSettings', async () => {
    const { onSettings } = await renderToolbar();
    await userEvent.click(screen.getByRole('radio', { name: 'Interleaved' }));
    expect(onSettings).toHaveBeenLastCalledWith({ view: 'interleaved' });
    await userEvent.click(screen.getByRole('button', { name: 'Display' }));
    // The panel's fields arrive with their code on first opening.
    await userEvent.click(await screen.findByRole('button', { name: 'Larger text' }));
    expect(onSettings).toHaveBeenLastCalledWith({ fontSize: 20 });
  });
});
