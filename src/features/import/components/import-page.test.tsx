import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { buildArticle } from '../utils/build-article';
import type { AlignInput, AlignOptions } from '../worker/align-client';
import { ImportPage } from './import-page';

const ru = 'Министр заявил, что переговоры продолжатся. Встреча пройдёт в Москве.';
const en = 'The minister said the talks would continue. The meeting will take place in Moscow.';

const href = (id: string) => `/articles/${id}`;

const realAlign = vi.fn(async (input: AlignInput, options: AlignOptions) => {
  options.onProgress?.(0.5);
  return Promise.resolve(buildArticle(input));
});

async function fill(user: ReturnType<typeof userEvent.setup>, texts: { ru: string; en: string }) {
  await user.type(screen.getByLabelText('Title'), 'Talks');
  // Pasting is what readers do; typing long texts key by key only slows the test.
  fireEvent.change(screen.getByLabelText('Russian text'), { target: { value: texts.ru } });
  fireEvent.change(screen.getByLabelText('English text'), { target: { value: texts.en } });
}

describe('ImportPage', () => {
  it('aligns two texts and lists the pairs', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />);
    await fill(user, { ru, en });
    await user.click(screen.getByRole('button', { name: 'Align texts' }));
    expect(await screen.findByRole('heading', { name: 'Check the alignment' })).toBeVisible();
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByRole('cell', { name: 'Встреча пройдёт в Москве.' })).toBeVisible();
    expect(realAlign).toHaveBeenCalledWith(
      expect.objectContaining({ ru, en, title: { ru: 'Talks', en: 'Talks' } }),
      expect.anything(),
    );
  });

  it('refuses an empty side and a missing title', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />);
    fireEvent.change(screen.getByLabelText('Russian text'), { target: { value: ru } });
    await user.click(screen.getByRole('button', { name: 'Align texts' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Give the article a title.');
    expect(alert).toHaveTextContent('The English text is empty.');
  });

  it('offers to swap sides written in the other script', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />);
    await fill(user, { ru: en, en: ru });
    await user.click(screen.getByRole('button', { name: 'Align texts' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The Russian text is not mostly in Cyrillic',
    );
    await user.click(screen.getByRole('button', { name: 'Swap sides' }));
    expect(screen.getByLabelText('Russian text')).toHaveValue(ru);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('warns about sides of very different length and lets the reader go on', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />);
    await fill(user, { ru: `${ru} `.repeat(5), en });
    await user.click(screen.getByRole('button', { name: 'Align texts' }));
    expect(screen.getByRole('alert')).toHaveTextContent('more than three times longer');
    await user.click(screen.getByRole('button', { name: 'Align anyway' }));
    expect(await screen.findByRole('heading', { name: 'Check the alignment' })).toBeVisible();
  });

  it('shows progress and cancels', async () => {
    const user = userEvent.setup();
    const pending = (_input: AlignInput, options: AlignOptions) =>
      new Promise<never>((_resolve, reject) => {
        options.onProgress?.(0.25);
        options.signal?.addEventListener('abort', () =>
          reject(new DOMException('cancelled', 'AbortError')),
        );
      });
    await renderWithI18n(<ImportPage articleHref={href} align={pending} />);
    await fill(user, { ru, en });
    await user.click(screen.getByRole('button', { name: 'Align texts' }));
    expect(screen.getByRole('progressbar', { name: 'Aligning the texts' })).toHaveAttribute(
      'aria-valuenow',
      '25',
    );
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    // The library below the form has live regions of its own.
    expect(await screen.findByText('Alignment cancelled.')).toHaveAttribute('role', 'status');
    expect(screen.getByRole('button', { name: 'Align texts' })).toBeEnabled();
  });

  it('says why a binary file cannot be opened', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />);
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], 'notes.txt');
    await user.upload(screen.getByLabelText('Russian text: Open file…'), file);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('“notes.txt” is not a text file.'),
    );
  });

  it('reads an opened text file into its side', async () => {
    const user = userEvent.setup();
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />);
    const file = new File(['<p>Первый.</p><p>Второй.</p>'], 'статья.html', { type: 'text/html' });
    await user.upload(screen.getByLabelText('Russian text: Open file…'), file);
    await waitFor(() =>
      expect(screen.getByLabelText('Russian text')).toHaveValue('Первый.\n\nВторой.'),
    );
  });

  it('speaks Russian', async () => {
    await renderWithI18n(<ImportPage articleHref={href} align={realAlign} />, 'ru');
    expect(screen.getByLabelText('Русский текст')).toBeVisible();
    expect(screen.getByLabelText('Английский текст')).toBeVisible();
  });
});
