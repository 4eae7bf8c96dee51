import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { defaultReaderSettings, fontSizes, type ReaderSettings } from '../utils/reader-settings';
import { DisplaySettings } from './display-settings';

async function renderOpen(change: Partial<ReaderSettings> = {}) {
  const onChange = vi.fn();
  await renderWithI18n(
    <DisplaySettings settings={{ ...defaultReaderSettings, ...change }} onChange={onChange} />,
  );
  await userEvent.click(screen.getByRole('button', { name: 'Display' }));
  await screen.findByRole('group', { name: 'Text size' });
  return onChange;
}

describe('DisplaySettings', () => {
  it('opens and closes the panel with the Display button', async () => {
    await renderWithI18n(<DisplaySettings settings={defaultReaderSettings} onChange={() => {}} />);
    const toggle = screen.getByRole('button', { name: 'Display' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Text size' })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!);
    expect(panel).toBeVisible();
    // The fields' code arrives on first opening.
    expect(await screen.findByRole('group', { name: 'Text size' })).toHaveTextContent('18 px');

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(panel).not.toBeVisible();
  });

  it.each([
    ['Smaller text', 18, 16],
    ['Larger text', 18, 20],
    ['Larger text', 24, 28],
    ['Smaller text', 28, 24],
  ] as const)('%s from %i px asks for %i px', async (name, from, to) => {
    const onChange = await renderOpen({ fontSize: from });
    await userEvent.click(screen.getByRole('button', { name }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith({ fontSize: to });
  });

  it.each([
    [fontSizes[0], 'Smaller text', 'Larger text'],
    [fontSizes[fontSizes.length - 1], 'Larger text', 'Smaller text'],
  ])('at %i px disables %s only', async (fontSize, disabled, enabled) => {
    await renderOpen({ fontSize });
    expect(screen.getByRole('button', { name: disabled })).toBeDisabled();
    expect(screen.getByRole('button', { name: enabled })).toBeEnabled();
  });

  it.each([
    ['Line spacing', 'Compact', { lineSpacing: 'compact' }],
    ['Line spacing', 'Relaxed', { lineSpacing: 'relaxed' }],
    ['Theme', 'Light', { theme: 'light' }],
    ['Theme', 'Dark', { theme: 'dark' }],
  ] as const)('%s: choosing %s reports it', async (group, name, change) => {
    const onChange = await renderOpen();
    expect(screen.getByRole('group', { name: group })).toContainElement(
      screen.getByRole('radio', { name }),
    );
    await userEvent.click(screen.getByRole('radio', { name }));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(change);
  });

  it('checks the current line spacing and theme', async () => {
    await renderOpen({ lineSpacing: 'relaxed', theme: 'dark' });
    expect(screen.getByRole('radio', { name: 'Relaxed' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Normal' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'System' })).not.toBeChecked();
  });

  it('closes on Escape and returns focus to the Display button', async () => {
    await renderOpen();
    const toggle = screen.getByRole('button', { name: 'Display' });
    await userEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(toggle).not.toHaveFocus();

    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('group', { name: 'Theme' })).not.toBeInTheDocument();
  });

  it('closes on a click outside the panel', async () => {
    await renderOpen();
    await userEvent.click(document.body);
    expect(screen.getByRole('button', { name: 'Display' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });
});
