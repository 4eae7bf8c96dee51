import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import { FeatureBoundary } from './feature-boundary';

let failing = true;
function Flaky() {
  if (failing) throw new Error('chunk failed to load');
  return <p>Practice is ready</p>;
}

describe('FeatureBoundary', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a localised message with a retry, keeps the rest, and logs once with the feature', async () => {
    failing = true;
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderWithI18n(
      <>
        <p>Header still here</p>
        <FeatureBoundary feature="practice">
          <Flaky />
        </FeatureBoundary>
      </>,
    );

    expect(screen.getByRole('alert')).toHaveTextContent(
      'Practice could not be shown because of an error. The rest of the page still works.',
    );
    expect(screen.getByText('Header still here')).toBeInTheDocument();
    const ours = error.mock.calls.filter(([first]) =>
      String(first).includes('the practice feature failed'),
    );
    expect(ours).toHaveLength(1);
    expect(ours[0]?.[1]).toEqual(new Error('chunk failed to load'));

    failing = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Practice is ready')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('speaks Russian in a Russian interface', async () => {
    failing = true;
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderWithI18n(
      <FeatureBoundary feature="termCard">
        <Flaky />
      </FeatureBoundary>,
      'ru',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Карточка слова: не удалось показать');
    expect(screen.getByRole('button', { name: 'Повторить' })).toBeInTheDocument();
  });
});
