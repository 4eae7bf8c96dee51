import { screen } from '@testing-library/react';
import i18next from 'i18next';
import { useTranslation } from '@/lib/i18n/use-translation';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { initI18n } from './i18n';
import { readableFallback } from './missing-key';

// Keys no locale file has: typed t() rejects them, which is the point of this test.
const untypedT = (key: string) => (i18next.t as unknown as (key: string) => string)(key);

function Missing({ k }: { k: string }) {
  const { t } = useTranslation();
  return <p>{(t as unknown as (key: string) => string)(k)}</p>;
}

describe('readableFallback', () => {
  it.each([
    ['vocabulary:export.problems.tooLarge', 'Too large'],
    ['common:update.ready', 'Ready'],
    ['page.results_other', 'Results'],
    ['storage.set_aside-items', 'Set aside items'],
    ['...', '…'],
  ])('%s → %s', (key, text) => {
    expect(readableFallback(key)).toBe(text);
  });
});

describe('missing interface texts', () => {
  beforeAll(async () => {
    if (!i18next.isInitialized) await initI18n('ru');
    await i18next.changeLanguage('ru');
    await i18next.loadNamespaces(['common']);
    i18next.addResource('en', 'common', 'testOnly.onlyInEnglish', 'Only in English');
  });
  afterEach(() => vi.restoreAllMocks());

  it('a text missing in Russian falls back to English, quietly', () => {
    const warn = vi.spyOn(console, 'warn');
    expect(i18next.language).toBe('ru');
    expect(untypedT('common:testOnly.onlyInEnglish')).toBe('Only in English');
    expect(warn).not.toHaveBeenCalled();
  });

  it('a text missing everywhere shows readable words and warns with the key', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(untypedT('common:nowhere.savedItemsNotice')).toBe('Saved items notice');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('common:nowhere.savedItemsNotice'));
  });

  it('a component never renders the raw key', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await renderWithI18n(<Missing k="reader:toolbar.somethingNew" />, 'ru');
    expect(screen.getByText('Something new')).toBeInTheDocument();
    expect(screen.queryByText(/toolbar\./)).toBeNull();
  });
});
