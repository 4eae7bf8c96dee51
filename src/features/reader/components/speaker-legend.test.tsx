import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { renderWithI18n } from '@/test/render';
import { speakerCounts } from '../utils/speech-summary';
import { SpeakerLegend } from './speaker-legend';

const counts = speakerCounts(curatedArticle);
const speakerIndex = new Map(curatedArticle.speakers.map((s, i) => [s.id, i]));

function renderLegend(language: 'en' | 'ru', filter?: string, onFilter = vi.fn()) {
  return renderWithI18n(
    <SpeakerLegend
      speakers={curatedArticle.speakers}
      counts={counts}
      speakerIndex={speakerIndex}
      filter={filter}
      onFilter={onFilter}
    />,
    language,
  );
}

/** The list item of the speaker whose name is shown. */
const speakerItem = (name: string) => screen.getByText(name).closest('li')!;

describe('SpeakerLegend', () => {
  it.each([
    ['en', 'Who is speaking', 'Julie Stufft', '5 quotes · 7 reported statements'],
    ['en', 'Who is speaking', 'Donald Trump', '0 quotes · 1 reported statement'],
    ['ru', 'Кто говорит', 'Джули Стаффт', '5 цитат · 7 косвенных высказываний'],
    ['ru', 'Кто говорит', 'Дональд Трамп', '0 цитат · 1 косвенное высказывание'],
  ] as const)('%s: under "%s", %s has "%s"', async (language, legend, name, text) => {
    await renderLegend(language);
    const region = screen.getByRole('region', { name: legend });
    expect(within(region).getByText(name)).toHaveAttribute('lang', language);
    expect(speakerItem(name)).toHaveTextContent(text);
  });

  it('offers a filter only for speakers with direct quotes', async () => {
    await renderLegend('en');
    expect(screen.getAllByRole('button')).toHaveLength(1);
    expect(within(speakerItem('Julie Stufft')).getByRole('button')).toHaveAccessibleName(
      'Only Julie Stufft',
    );
    expect(within(speakerItem('Donald Trump')).queryByRole('button')).not.toBeInTheDocument();
  });

  it('filters by the speaker when not pressed', async () => {
    const onFilter = vi.fn();
    await renderLegend('en', undefined, onFilter);
    const button = screen.getByRole('button', { name: 'Only Julie Stufft' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(button);
    expect(onFilter).toHaveBeenCalledExactlyOnceWith('stufft');
  });

  it('clears the filter when pressed again', async () => {
    const onFilter = vi.fn();
    await renderLegend('en', 'stufft', onFilter);
    const button = screen.getByRole('button', { name: 'Only Julie Stufft' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(button);
    expect(onFilter).toHaveBeenCalledExactlyOnceWith(undefined);
  });

  it('names the filter in Russian', async () => {
    await renderLegend('ru');
    expect(screen.getByRole('button', { name: 'Только Джули Стаффт' })).toBeInTheDocument();
  });
});
