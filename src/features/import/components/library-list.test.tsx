import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { closeAppDb, openAppDb } from '@/lib/db';
import { downloadText } from '@/lib/download';
import { renderWithI18n } from '@/test/render';
import { deleteArticle, loadLibrary, saveToLibrary } from '../storage/library-store';
import { buildArticle } from '../utils/build-article';
import { makeLibraryFile } from '../utils/library-file';
import { LibraryList } from './library-list';

vi.mock('@/lib/download', () => ({ downloadText: vi.fn() }));

const { article } = buildArticle({
  ru: 'Министр заявил, что переговоры продолжатся.\n\nВстреча пройдёт в Москве.',
  en: 'The minister said the talks would continue.\n\nThe meeting will take place in Moscow.',
  title: { ru: 'Переговоры', en: 'Talks' },
});

const href = (id: string) => `/articles/${id}`;
const library = () => screen.getByRole('region', { name: 'My library' });
const titles = async () => (await loadLibrary()).records.map((record) => record.title);

async function renderList(language: 'en' | 'ru' = 'en') {
  const result = await renderWithI18n(<LibraryList articleHref={href} />, language);
  await screen.findByRole('link', { name: curatedArticle.headline[language] });
  return result;
}

beforeEach(async () => {
  await closeAppDb();
  globalThis.indexedDB = new IDBFactory();
  vi.mocked(downloadText).mockClear();
});

describe('LibraryList', () => {
  it('lists the curated article, then imported ones newest first with date and size', async () => {
    await saveToLibrary('Older', article, new Date('2026-01-05T10:00:00Z'));
    await saveToLibrary('<b>Newer</b>', article, new Date('2026-02-07T10:00:00Z'));
    await renderList();
    await within(library()).findByRole('link', { name: 'Older' });
    const items = within(library()).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(curatedArticle.headline.en);
    expect(items[0]).toHaveTextContent('(curated)');
    // A title is text, whatever it looks like.
    expect(within(items[1]!).getByRole('link', { name: '<b>Newer</b>' })).toBeVisible();
    expect(items[1]).toHaveTextContent('added February 7, 2026 · 2 paragraphs');
    expect(items[2]).toHaveTextContent('Older');
    expect(library().querySelector('b')).toBeNull();
  });

  it('renames inline: Escape cancels, an empty title is refused, Enter saves', async () => {
    const user = userEvent.setup();
    const saved = await saveToLibrary('Talks', article);
    await renderList();
    const rename = await screen.findByRole('button', { name: 'Rename “Talks”' });

    await user.click(rename);
    const field = screen.getByRole('textbox', { name: 'New title for “Talks”' });
    expect(field).toHaveFocus();
    await user.keyboard('Something else{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('link', { name: 'Talks' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Rename “Talks”' })).toHaveFocus();

    await user.keyboard('{Enter}');
    await user.clear(screen.getByRole('textbox', { name: 'New title for “Talks”' }));
    await user.keyboard('   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('A title cannot be empty.');
    expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true');
    expect(await titles()).toEqual(['Talks']);

    await user.keyboard('Переговоры в Москве{Enter}');
    expect(await screen.findByRole('link', { name: 'Переговоры в Москве' })).toHaveAttribute(
      'href',
      href(saved.id),
    );
    expect(screen.getByText('Renamed to “Переговоры в Москве”.')).toHaveAttribute('role', 'status');
    expect(await titles()).toEqual(['Переговоры в Москве']);
    expect(screen.getByRole('button', { name: 'Rename “Переговоры в Москве”' })).toHaveFocus();
  });

  it('says so when an article vanished meanwhile (another tab) and shows what is stored', async () => {
    const user = userEvent.setup();
    const saved = await saveToLibrary('Talks', article);
    await renderList();
    await user.click(await screen.findByRole('button', { name: 'Rename “Talks”' }));
    await (await openAppDb()).delete('articles', saved.id);
    await user.keyboard('New name{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This article is no longer in your library',
    );
    await waitFor(() => expect(screen.queryByRole('textbox')).toBeNull());
    expect(screen.queryByRole('link', { name: /Talks|New name/ })).toBeNull();
  });

  it('marks each title with the language it is written in', async () => {
    await saveToLibrary('Переговоры в Москве', article);
    await renderList();
    expect(await screen.findByRole('link', { name: 'Переговоры в Москве' })).toHaveAttribute(
      'lang',
      'ru',
    );
  });

  it('deletes with an undo that restores the article, and deletes for good on dismiss', async () => {
    const user = userEvent.setup();
    await saveToLibrary('Talks', article);
    await renderList();
    await user.click(await screen.findByRole('button', { name: 'Delete “Talks”' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(undo.closest('[role="status"]')).toHaveTextContent('“Talks” deleted.');
    expect(screen.queryByRole('link', { name: 'Talks' })).toBeNull();

    await user.keyboard('{Enter}');
    // Focus returns once the restored item is rendered: wait for it, not only for the link.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Talks' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(await titles()).toEqual(['Talks']);

    await user.click(screen.getByRole('button', { name: 'Delete “Talks”' }));
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
    expect(await (await openAppDb()).count('articles')).toBe(0);
  });

  it('offers the undo again after a reload while the deletion is pending', async () => {
    const saved = await saveToLibrary('Talks', article);
    await deleteArticle(saved.id);
    await renderList();
    expect(await screen.findByRole('button', { name: 'Undo' })).toBeVisible();
    expect(screen.getByText('“Talks” deleted.')).toBeVisible();
  });

  it('exports one article or all of them as a library file', async () => {
    const user = userEvent.setup();
    await saveToLibrary('Talks', article);
    await renderList();
    await user.click(await screen.findByRole('button', { name: 'Export “Talks” as a JSON file' }));
    await user.click(screen.getByRole('button', { name: 'Export all' }));
    const calls = vi.mocked(downloadText).mock.calls;
    expect(calls.map(([name]) => name)).toEqual([
      expect.stringMatching(/^parallel-reader-Talks-\d{4}-\d\d-\d\d\.json$/),
      expect.stringMatching(/^parallel-reader-library-\d{4}-\d\d-\d\d\.json$/),
    ]);
    const file = JSON.parse(calls[1]![1]) as { format: string; articles: { title: string }[] };
    expect(file.format).toBe('parallel-reader-library');
    expect(file.articles.map((entry) => entry.title)).toEqual(['Talks']);
  });

  it('imports a library file and says what happened, in Russian too', async () => {
    const user = userEvent.setup();
    const saved = await saveToLibrary('Talks', article);
    const other = {
      ...saved,
      id: 'summit',
      title: 'Summit',
      article: { ...article, id: 'summit' },
    };
    const text = JSON.stringify(makeLibraryFile([saved, other]));
    await renderList('ru');
    await user.upload(
      screen.getByLabelText('Импортировать файл библиотеки…'),
      new File([text], 'library.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/Импортирована 1 статья\./)).toHaveTextContent(
      'Импортирована 1 статья. 1 статья уже была в вашей библиотеке.',
    );
    expect(await screen.findByRole('link', { name: 'Summit' })).toBeVisible();
    expect((await titles()).sort()).toEqual(['Summit', 'Talks']);
  });

  it('refuses a bad file with a message naming the problem, changing nothing', async () => {
    const user = userEvent.setup();
    const saved = await saveToLibrary('Talks', article);
    const broken = { ...saved, id: 'summit', title: 'Summit', createdAt: 'yesterday' };
    const text = JSON.stringify(makeLibraryFile([saved, broken]));
    await renderList();
    const input = screen.getByLabelText('Import library file…');
    await user.upload(input, new File([text], 'mine.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Article 2 (“Summit”) in “mine.json” cannot be read: the field “createdAt” is not in the expected format. Nothing was imported; your library is unchanged.',
    );
    await user.upload(input, new File(['not json'], 'notes.json', { type: 'application/json' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('“notes.json” is not valid JSON');
    expect(await titles()).toEqual(['Talks']);
  });

  it('shows records that could not be read and offers them as a download', async () => {
    const user = userEvent.setup();
    await (await openAppDb()).put('articles', { v: 1, id: 'x' }, 'x');
    await renderList();
    expect(
      await screen.findByText('1 saved article could not be read. It is kept, not deleted.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download it as JSON' }));
    const [name, text] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toMatch(/^parallel-reader-unreadable-/);
    expect(JSON.parse(text)).toMatchObject({ records: [{ key: 'x', value: { v: 1, id: 'x' } }] });
  });
});
