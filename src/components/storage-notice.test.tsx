import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  reportBlocked,
  reportSetAside,
  reportUnavailable,
  resetStorageHealth,
} from '@/lib/storage-health';
import { renderWithI18n } from '@/test/render';
import { StorageNotice } from './storage-notice';

const settle = () => act(() => Promise.resolve());
// jsdom's Blob has no text(); FileReader reads it.
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

describe('StorageNotice', () => {
  beforeEach(() => resetStorageHealth());
  afterEach(() => vi.restoreAllMocks());

  it('shows nothing while storage is healthy', async () => {
    await renderWithI18n(<StorageNotice />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says what cannot be stored, counts set-aside items, and offers them as a file', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:set-aside';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await renderWithI18n(<StorageNotice />);
    reportUnavailable('vocabulary', true);
    reportSetAside('words', [{ source: 'indexedDB:words', key: 'a', reason: 'v: bad', raw: 1 }]);
    reportSetAside('settings', [{ source: 'localStorage', key: 'b', reason: 'json', raw: '{' }]);
    await settle();

    const notice = screen.getByRole('status', { name: 'Storage' });
    expect(notice).toHaveTextContent("Your saved words can't be stored in this browser");
    expect(notice).toHaveTextContent('2 saved items could not be read.');
    await userEvent.click(screen.getByRole('button', { name: 'Download them' }));
    expect(click).toHaveBeenCalledOnce();
    const file = JSON.parse(await readBlob(created[0]!)) as { format: string; items: unknown[] };
    expect(file.format).toBe('parallel-reader-set-aside');
    expect(file.items).toEqual([
      { source: 'indexedDB:words', key: 'a', reason: 'v: bad', raw: 1 },
      { source: 'localStorage', key: 'b', reason: 'json', raw: '{' },
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).toBeNull();
    // Something new comes up: the notice is back.
    reportBlocked(true);
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('open in another tab');
  });

  it.each([
    [1, '1 сохранённую запись не удалось прочитать'],
    [3, '3 сохранённые записи не удалось прочитать'],
    [5, '5 сохранённых записей не удалось прочитать'],
  ])('counts %i set-aside items in Russian', async (count, text) => {
    await renderWithI18n(<StorageNotice />, 'ru');
    reportSetAside(
      'cards',
      Array.from({ length: count }, (_, i) => ({
        source: 's',
        key: String(i),
        reason: 'r',
        raw: i,
      })),
    );
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('button', { name: 'Скачать их' })).toBeInTheDocument();
  });
});
