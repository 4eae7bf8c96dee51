import 'fake-indexeddb/auto';
import { act, screen } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeAppDb } from '@/lib/db';
import { initI18n } from '@/lib/i18n/i18n';
import type { Language } from '@/lib/i18n/languages';
import { renderWithI18n } from '@/test/render';
import { cardKinds } from '../storage/records';
import { addWord, loadVocabulary, recordGrade, vocabularyState } from '../storage/vocabulary-store';
import { DueCount } from './due-count';

const yesterday = () => new Date(Date.now() - 24 * 60 * 60 * 1000);
const nextWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);

describe('the due-count plural', () => {
  beforeAll(async () => {
    if (!i18next.isInitialized) await initI18n('en');
    await i18next.loadLanguages(['en', 'ru']);
    await i18next.loadNamespaces('vocabulary');
  });

  const cases: { language: Language; count: number; text: string }[] = [
    { language: 'ru', count: 1, text: '1 карточка к повторению' },
    { language: 'ru', count: 2, text: '2 карточки к повторению' },
    { language: 'ru', count: 4, text: '4 карточки к повторению' },
    { language: 'ru', count: 5, text: '5 карточек к повторению' },
    { language: 'ru', count: 11, text: '11 карточек к повторению' },
    { language: 'ru', count: 12, text: '12 карточек к повторению' },
    { language: 'ru', count: 21, text: '21 карточка к повторению' },
    { language: 'ru', count: 22, text: '22 карточки к повторению' },
    { language: 'ru', count: 25, text: '25 карточек к повторению' },
    { language: 'ru', count: 101, text: '101 карточка к повторению' },
    { language: 'ru', count: 111, text: '111 карточек к повторению' },
    { language: 'en', count: 1, text: '1 card due' },
    { language: 'en', count: 2, text: '2 cards due' },
    { language: 'en', count: 5, text: '5 cards due' },
    { language: 'en', count: 21, text: '21 cards due' },
  ];

  it.each(cases)('$language, $count: “$text”', ({ language, count, text }) => {
    const t = i18next.getFixedT(language, 'common');
    expect(t('due.count', { count })).toBe(text);
  });

  it('in the current language, through t()', async () => {
    await i18next.changeLanguage('ru');
    expect(i18next.t('common:due.count', { count: 21 })).toBe('21 карточка к повторению');
    await i18next.changeLanguage('en');
    expect(i18next.t('common:due.count', { count: 1 })).toBe('1 card due');
  });
});

describe('<DueCount />', () => {
  beforeEach(async () => {
    await closeAppDb();
    globalThis.indexedDB = new IDBFactory();
    await loadVocabulary();
  });

  afterEach(async () => {
    await closeAppDb();
  });

  it('with no saved words, links to practice without a count', async () => {
    expect(vocabularyState().status).toBe('ready');
    await renderWithI18n(<DueCount />, 'en');
    const link = screen.getByRole('link', { name: 'Practice' });
    expect(link).toHaveAttribute('href', '/practice');
    expect(link).toHaveAttribute('data-due', '0');
    expect(link).not.toHaveTextContent(/due/);
  });

  it('shows how many cards are due, in English', async () => {
    await addWord('bilateral-relations', cardKinds, yesterday());
    await renderWithI18n(<DueCount />, 'en');
    const link = screen.getByRole('link', { name: /Practice/ });
    expect(link).toHaveTextContent('3 cards due');
    expect(link).toHaveAttribute('data-due', '3');
  });

  it('shows how many cards are due, in Russian', async () => {
    await addWord('bilateral-relations', cardKinds, yesterday());
    await addWord('partnership', ['ru-en', 'en-ru'], yesterday());
    await renderWithI18n(<DueCount />, 'ru');
    const link = screen.getByRole('link', { name: /Тренировка/ });
    expect(link).toHaveTextContent('5 карточек к повторению');
  });

  it('counts only the cards that are due', async () => {
    await addWord('bilateral-relations', cardKinds, yesterday());
    await addWord('partnership', ['ru-en', 'en-ru'], nextWeek());
    await renderWithI18n(<DueCount />, 'en');
    expect(screen.getByRole('link', { name: /Practice/ })).toHaveTextContent('3 cards due');
  });

  it('updates when a card is graded and no longer due', async () => {
    await addWord('bilateral-relations', cardKinds, yesterday());
    await renderWithI18n(<DueCount />, 'en');
    const state = vocabularyState();
    if (state.status !== 'ready') throw new Error(state.status);

    await act(() => recordGrade(state.cards[0]!, 4));

    const link = screen.getByRole('link', { name: /Practice/ });
    expect(link).toHaveTextContent('2 cards due');
    expect(link).not.toHaveTextContent('3 cards due');
  });
});
