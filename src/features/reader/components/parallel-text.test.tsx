import { act, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { createRef } from 'react';
import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { renderWithI18n } from '@/test/render';
import type { ViewMode } from '../utils/reader-settings';
import { ParallelText } from './parallel-text';

const speakerIndex = new Map(curatedArticle.speakers.map((speaker, i) => [speaker.id, i]));

async function renderText(view: ViewMode) {
  await renderWithI18n(
    <ParallelText
      article={curatedArticle}
      view={view}
      swapped={false}
      revealed={new Set()}
      currentParagraph="p1"
      speakerIndex={speakerIndex}
      containerRef={createRef()}
    />,
  );
  return screen.getByRole('region', { name: 'Russian original' });
}

describe('ParallelText on an interface language switch', () => {
  it('relabels the paragraph buttons of a two-column view once the switch is painted', async () => {
    const russian = await renderText('both');
    const copyLink = within(russian).getByRole('button', { name: 'Copy link to paragraph 1' });

    await act(() => i18next.changeLanguage('ru'));

    // The visible interface changes with the switch…
    expect(screen.getByRole('heading', { name: 'Русский оригинал' })).toHaveAttribute('lang', 'ru');
    // …the buttons that show nothing language-dependent in this view follow after the paint.
    await waitFor(() => expect(copyLink).toHaveAccessibleName('Скопировать ссылку на абзац 1'));
    expect(copyLink.parentElement).toHaveAttribute('lang', 'ru');
    expect(copyLink).toHaveAttribute('title', 'Скопировать ссылку на абзац 1');
  });

  it('relabels the shown reveal buttons of a one-language view with the switch itself', async () => {
    const russian = await renderText('ru');
    const reveal = within(russian).getAllByRole('button', { name: 'Show translation' })[0]!;

    await act(() => i18next.changeLanguage('ru'));

    expect(reveal).toHaveTextContent('Показать перевод');
    expect(reveal.parentElement).toHaveAttribute('lang', 'ru');
  });
});
