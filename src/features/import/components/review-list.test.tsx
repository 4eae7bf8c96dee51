import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '@/test/render';
import type { ReviewPair } from '../utils/review-pairs';
import { ReviewList } from './review-list';

// 250 pairs, every tenth one doubtful: more than one page of 100.
const pairs: ReviewPair[] = Array.from({ length: 250 }, (_, index) => ({
  id: `g${index + 1}`,
  paragraph: Math.floor(index / 5) + 1,
  ru: [`Предложение ${index + 1}.`],
  en: [`Sentence ${index + 1}.`],
  confidence: index % 10 === 0 ? 0.2 : 0.9,
  toCheck: index % 10 === 0,
}));

async function setup() {
  const user = userEvent.setup();
  await renderWithI18n(
    <ReviewList
      pairs={pairs}
      canMerge={() => true}
      onMerge={vi.fn()}
      canShift={() => false}
      onShift={vi.fn()}
      onSplit={vi.fn()}
    />,
  );
  return user;
}

const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const pagers = () => screen.getAllByRole('navigation', { name: 'Pages of pairs' });

// Role queries over a hundred rows are slow in jsdom on a busy machine.
describe('ReviewList paging', { timeout: 30_000 }, () => {
  it('shows a long alignment a hundred pairs at a time, numbered across pages', async () => {
    const user = await setup();
    expect(bodyRows()).toHaveLength(100);
    expect(pagers()[0]).toHaveTextContent('Pairs 1–100 of 250');
    expect(within(pagers()[0]!).getByRole('button', { name: 'Previous pairs' })).toBeDisabled();

    await user.click(within(pagers()[0]!).getByRole('button', { name: 'Next pairs' }));
    await user.click(within(pagers()[1]!).getByRole('button', { name: 'Next pairs' }));
    expect(pagers()[0]).toHaveTextContent('Pairs 201–250 of 250');
    expect(bodyRows()).toHaveLength(50);
    expect(bodyRows()[0]).toHaveTextContent('Предложение 201.');
    expect(screen.getByRole('button', { name: 'Merge pair 201 with the next' })).toBeVisible();
    expect(within(pagers()[0]!).getByRole('button', { name: 'Next pairs' })).toBeDisabled();
  });

  it('filters to the pairs to check from the first page, and needs no pager for few', async () => {
    const user = await setup();
    await user.click(within(pagers()[0]!).getByRole('button', { name: 'Next pairs' }));
    await user.click(screen.getByRole('checkbox', { name: 'Show only pairs to check' }));
    expect(bodyRows()).toHaveLength(25);
    expect(bodyRows()[0]).toHaveTextContent('Предложение 1.');
    expect(screen.queryByRole('navigation', { name: 'Pages of pairs' })).toBeNull();
  });
});
