import type { CardRecord } from '../storage/records';

// Kept apart from scheduling.ts so that counting due cards (in the header) does not load FSRS.

export const isDue = (card: CardRecord, now: Date) =>
  new Date(card.fsrs.due).getTime() <= now.getTime();

/** Due cards, most overdue first. */
export function dueCards(cards: readonly CardRecord[], now: Date): CardRecord[] {
  return cards
    .filter((card) => isDue(card, now))
    .sort((a, b) => a.fsrs.due.localeCompare(b.fsrs.due));
}
