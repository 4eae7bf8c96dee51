import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { cardRecordSchema, type CardRecord } from '../storage/records';
import { dueCards, gradeCard, newCardState, previewIntervals } from './scheduling';

const now = new Date('2026-11-27T10:00:00Z');
const card = (id: string, due = now): CardRecord => ({
  v: 1,
  id,
  entry: id,
  kind: 'ru-en',
  fsrs: newCardState(due),
});

describe('scheduling with FSRS', () => {
  it('a new card is due at once', () => {
    expect(dueCards([card('a')], now).map((c) => c.id)).toEqual(['a']);
  });

  it('Good on a new card brings it back within the learning steps; Easy pushes it out by days', () => {
    const good = gradeCard(card('a'), 3, now);
    const easy = gradeCard(card('a'), 4, now);
    const goodDue = new Date(good.fsrs.due).getTime() - now.getTime();
    const easyDue = new Date(easy.fsrs.due).getTime() - now.getTime();
    expect(goodDue).toBeGreaterThan(0);
    expect(goodDue).toBeLessThan(60 * 60 * 1000);
    expect(easyDue).toBeGreaterThanOrEqual(24 * 60 * 60 * 1000);
    expect(good.fsrs.reps).toBe(1);
    expect(dueCards([good, easy], now)).toEqual([]);
  });

  it('orders the grades: Again ≤ Hard ≤ Good ≤ Easy', () => {
    const preview = previewIntervals(card('a'), now);
    expect(preview[1].getTime()).toBeLessThanOrEqual(preview[2].getTime());
    expect(preview[2].getTime()).toBeLessThanOrEqual(preview[3].getTime());
    expect(preview[3].getTime()).toBeLessThanOrEqual(preview[4].getTime());
  });

  it('a graded card still parses through the stored schema (survives a reload)', () => {
    let current = card('a');
    for (const grade of [3, 3, 1, 4] as const)
      current = gradeCard(current, grade, new Date(current.fsrs.due));
    expect(v.parse(cardRecordSchema, JSON.parse(JSON.stringify(current)))).toEqual(current);
    expect(current.fsrs.lapses).toBeGreaterThanOrEqual(1);
  });

  it('lists the most overdue first', () => {
    const older = card('old', new Date('2026-11-20T10:00:00Z'));
    const newer = card('new', new Date('2026-11-26T10:00:00Z'));
    const later = card('later', new Date('2026-12-01T10:00:00Z'));
    expect(dueCards([newer, later, older], now).map((c) => c.id)).toEqual(['old', 'new']);
  });
});
