import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '@/lib/i18n/i18n';
import { describeFileProblem, describeOutcome } from './library-messages';

beforeAll(async () => {
  if (!i18next.isInitialized) await initI18n('en');
  await i18next.loadLanguages(['en', 'ru']);
  await i18next.loadNamespaces('import');
});

const t = (language: 'en' | 'ru') => i18next.getFixedT(language, 'import');

describe('import outcome messages', () => {
  it.each([
    [{ imported: 2, skipped: 1, copied: 0 }, '2 articles imported. 1 was already in your library.'],
    [{ imported: 1, skipped: 0, copied: 0 }, '1 article imported.'],
    [
      { imported: 0, skipped: 3, copied: 0 },
      '0 articles imported. 3 were already in your library.',
    ],
    [
      { imported: 1, skipped: 0, copied: 1 },
      '1 article imported. 1 shared its id with a different article in your library and was added as a copy.',
    ],
  ])('English: %o', (outcome, text) => {
    expect(describeOutcome(t('en'), outcome)).toBe(text);
  });

  it.each([
    [1, 'Импортирована 1 статья.', '1 статья уже была в вашей библиотеке.'],
    [2, 'Импортированы 2 статьи.', '2 статьи уже были в вашей библиотеке.'],
    [5, 'Импортировано 5 статей.', '5 статей уже были в вашей библиотеке.'],
    [21, 'Импортирована 21 статья.', '21 статья уже была в вашей библиотеке.'],
  ])('Russian plural forms for %i', (count, imported, skipped) => {
    expect(describeOutcome(t('ru'), { imported: count, skipped: count, copied: 0 })).toBe(
      `${imported} ${skipped}`,
    );
  });
});

describe('file problem messages', () => {
  it('names the file, the article and the field, and says nothing changed', () => {
    const problem = {
      kind: 'badArticle',
      number: 3,
      title: 'Summit',
      issue: { field: 'article.paragraphs.0.en.text', kind: 'missing' },
    } as const;
    expect(describeFileProblem(t('en'), 'lib.json', problem)).toBe(
      'Article 3 (“Summit”) in “lib.json” cannot be read: the field “article.paragraphs.0.en.text” is missing. Nothing was imported; your library is unchanged.',
    );
    expect(describeFileProblem(t('ru'), 'lib.json', problem)).toBe(
      'Статью 3 («Summit») в «lib.json» не удаётся прочитать: нет поля «article.paragraphs.0.en.text». Ничего не импортировано; библиотека не изменилась.',
    );
  });

  it('has a message for every kind of bad file', () => {
    const kinds = [
      'tooLarge',
      'empty',
      'binary',
      'encoding',
      'notJson',
      'notLibrary',
      'noArticles',
    ];
    for (const kind of kinds) {
      const text = describeFileProblem(t('ru'), 'f.json', { kind } as never);
      expect(text).toContain('«f.json»');
      expect(text).toMatch(/Ничего не импортировано/);
    }
    expect(describeFileProblem(t('en'), 'f.json', { kind: 'newerVersion', version: 4 })).toContain(
      'library file version 4',
    );
  });
});
