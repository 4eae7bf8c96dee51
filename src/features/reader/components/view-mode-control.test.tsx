import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import type { ViewMode } from '../utils/reader-settings';
import { ViewModeControl } from './view-mode-control';

const names: Record<'en' | 'ru', [ViewMode, string][]> = {
  en: [
    ['both', 'Both'],
    ['ru', 'Russian'],
    ['en', 'English'],
    ['interleaved', 'Interleaved'],
  ],
  ru: [
    ['both', 'Оба текста'],
    ['ru', 'Русский'],
    ['en', 'Английский'],
    ['interleaved', 'Через абзац'],
  ],
};

describe('ViewModeControl', () => {
  it.each(['en', 'ru'] as const)('names the four modes in the %s interface', async (language) => {
    await renderWithI18n(<ViewModeControl view="both" onChange={() => {}} />, language);
    const group = screen.getByRole('group', { name: language === 'en' ? 'Show' : 'Показать' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(
      names[language].map(([mode]) => mode),
    );
    for (const [, name] of names[language]) {
      expect(screen.getByRole('radio', { name })).toBeInTheDocument();
    }
  });

  it.each(names.en)('checks only the current mode (%s)', async (view, name) => {
    await renderWithI18n(<ViewModeControl view={view} onChange={() => {}} />);
    expect(screen.getByRole('radio', { checked: true })).toBe(screen.getByRole('radio', { name }));
  });

  it.each(names.en.filter(([mode]) => mode !== 'ru'))(
    'reports %s when its radio is clicked',
    async (mode, name) => {
      const onChange = vi.fn();
      await renderWithI18n(<ViewModeControl view="ru" onChange={onChange} />);
      await userEvent.click(screen.getByRole('radio', { name }));
      expect(onChange).toHaveBeenCalledExactlyOnceWith(mode);
    },
  );

  it('does not report the mode that is already chosen', async () => {
    const onChange = vi.fn();
    await renderWithI18n(<ViewModeControl view="both" onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Both' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each([
    ['{ArrowRight}', 'ru'],
    ['{ArrowDown}', 'ru'],
    ['{ArrowLeft}', 'interleaved'],
    ['{ArrowUp}', 'interleaved'],
  ] as const)('moves with %s from Both to %s', async (key, expected) => {
    const onChange = vi.fn();
    await renderWithI18n(<ViewModeControl view="both" onChange={onChange} />);
    screen.getByRole('radio', { name: 'Both' }).focus();
    await userEvent.keyboard(key);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(expected);
  });

  it('advertises the number keys as shortcuts', async () => {
    await renderWithI18n(<ViewModeControl view="both" onChange={() => {}} />);
    expect(
      screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-keyshortcuts')),
    ).toEqual(['1', '2', '3', '4']);
  });
});
