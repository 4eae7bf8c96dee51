import { createEmptyCard, fsrs, generatorParameters, type Card, type Grade } from 'ts-fsrs';
import type { CardRecord, FsrsState } from '../storage/records';

// Fuzz spreads reviews of cards learnt together; off, so a schedule is reproducible and testable.
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

export const grades = [1, 2, 3, 4] as const satisfies readonly Grade[];
export type GradeValue = (typeof grades)[number];

function toCard(state: FsrsState): Card {
  return {
    ...state,
    due: new Date(state.due),
    last_review: state.last_review ? new Date(state.last_review) : undefined,
  } as Card;
}

function toState(card: Card): FsrsState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review?.toISOString(),
  };
}

export const newCardState = (now: Date): FsrsState => toState(createEmptyCard(now));

/** The card's next state after a grade (1 Again, 2 Hard, 3 Good, 4 Easy). */
export function gradeCard(card: CardRecord, grade: GradeValue, now: Date): CardRecord {
  const { card: next } = scheduler.next(toCard(card.fsrs), now, grade);
  return { ...card, fsrs: toState(next) };
}

/** When each grade would bring the card back: shown on the grade buttons. */
export function previewIntervals(card: CardRecord, now: Date): Record<GradeValue, Date> {
  const preview = scheduler.repeat(toCard(card.fsrs), now);
  return {
    1: preview[1].card.due,
    2: preview[2].card.due,
    3: preview[3].card.due,
    4: preview[4].card.due,
  };
}

export { dueCards, isDue } from './due';
