import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  it('switches the interface language, the page language and remembers the choice', async () => {
    await renderWithI18n(<LanguageSwitch />, 'en');
    const select = screen.getByRole('combobox', { name: 'Interface language' });
    expect(select).toHaveValue('en');

    await userEvent.selectOptions(select, 'ru');

    expect(await screen.findByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
    await waitFor(() => expect(document.documentElement.lang).toBe('ru'));
    await waitFor(() =>
      expect(document.title).toBe('Parallel Reader — русский и английский текст рядом'),
    );
    expect(localStorage.getItem('parallel-reader:interface-language')).toBe('"ru"');
  });

  it('names each language in that language', async () => {
    await renderWithI18n(<LanguageSwitch />, 'ru');
    expect(screen.getByRole('option', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('option', { name: 'Русский' })).toHaveAttribute('lang', 'ru');
  });
});
