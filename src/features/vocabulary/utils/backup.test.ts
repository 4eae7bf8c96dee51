import { describe, expect, it } from 'vitest';
import curatedGlossary from 'virtual:curated/glossary';
import {
  cardId,
  type CardKind,
  type CardRecord,
  type ReviewRecord,
  type WordRecord,
} from '../storage/records';
import { makeBackup, parseBackup, type BackupProblem } from './backup';
import { gradeCard, newCardState, type GradeValue } from './scheduling';

const known = new Set(curatedGlossary.entries.map((entry) => entry.id));
const start = new Date('2026-11-20T09:00:00.000Z');
const exportedAt = new Date('2026-12-01T18:30:00.000Z');

const word = (entry: string): WordRecord => ({ v: 1, entry, addedAt: start.toISOString() });
const newCard = (entry: string, kind: CardKind): CardRecord => ({
  v: 1,
  id: cardId(entry, kind),
  entry,
  kind,
  fsrs: newCardState(start),
});

/** Grades a card several times, logging each review with the state before it, as the store does. */
function practise(card: CardRecord, grades: readonly GradeValue[]) {
  const reviews: ReviewRecord[] = [];
  let current = card;
  for (const grade of grades) {
    const when = new Date(current.fsrs.due);
    reviews.push({
      v: 1,
      card: current.id,
      rating: grade,
      reviewedAt: when.toISOString(),
      before: current.fsrs,
    });
    current = gradeCard(current, grade, when);
  }
  return { card: current, reviews };
}

function sampleBackup() {
  const a = practise(newCard('bilateral-relations', 'ru-en'), [3, 3, 1, 4]);
  const b = practise(newCard('partnership', 'cloze'), [2]);
  return makeBackup(
    {
      words: [word('bilateral-relations'), word('partnership')],
      cards: [
        a.card,
        newCard('bilateral-relations', 'en-ru'),
        newCard('bilateral-relations', 'cloze'),
        b.card,
      ],
      reviews: [...a.reviews, ...b.reviews],
    },
    exportedAt,
  );
}

describe('backup', () => {
  it('makeBackup stamps the format, version and export time', () => {
    const backup = makeBackup({ words: [], cards: [], reviews: [] }, exportedAt);
    expect(backup).toEqual({
      format: 'parallel-reader-backup',
      version: 1,
      exportedAt: exportedAt.toISOString(),
      words: [],
      cards: [],
      reviews: [],
    });
  });

  it('round-trips losslessly through JSON, reviews with their before states included', () => {
    const backup = sampleBackup();
    expect(backup.reviews).toHaveLength(5);
    expect(backup.reviews[1]!.before.last_review).toBeDefined();
    const text = JSON.stringify(backup, null, 2);

    const parsed = parseBackup(text, known);

    expect(parsed).toEqual({ ok: true, backup });
    if (!parsed.ok) return;
    // Byte for byte: nothing dropped, reordered or rewritten on the way.
    expect(JSON.stringify(parsed.backup, null, 2)).toBe(text);
  });

  it('an empty backup round-trips too', () => {
    const backup = makeBackup({ words: [], cards: [], reviews: [] }, exportedAt);
    expect(parseBackup(JSON.stringify(backup), known)).toEqual({ ok: true, backup });
  });

  const valid = () => JSON.parse(JSON.stringify(sampleBackup())) as Record<string, unknown>;
  const edited = (edit: (json: Record<string, unknown>) => void) => {
    const json = valid();
    edit(json);
    return JSON.stringify(json);
  };
  const ankiTsv = [
    '#separator:tab',
    '#html:false',
    'двусторо\u0301нние отноше\u0301ния\tbilateral relations\t\t\tparallel-reader',
    '',
  ].join('\n');

  it.each<{ name: string; text: string; problem: BackupProblem; detail?: RegExp }>([
    { name: 'plain text', text: 'hello', problem: 'notJson' },
    { name: 'an empty file', text: '', problem: 'notJson' },
    {
      name: 'truncated JSON',
      text: JSON.stringify(sampleBackup()).slice(0, 200),
      problem: 'notJson',
    },
    { name: 'an Anki TSV export', text: ankiTsv, problem: 'notJson' },
    { name: 'foreign JSON', text: '{"hello":1}', problem: 'notBackup' },
    { name: 'a JSON array', text: '[1,2,3]', problem: 'notBackup' },
    { name: 'JSON null', text: 'null', problem: 'notBackup' },
    {
      name: 'another format',
      text: edited((json) => (json.format = 'anki-backup')),
      problem: 'notBackup',
    },
    {
      name: 'no version',
      text: edited((json) => delete json.version),
      problem: 'notBackup',
    },
    {
      name: 'version 2',
      text: edited((json) => (json.version = 2)),
      problem: 'newerVersion',
      detail: /^2$/,
    },
    {
      name: 'a card without a kind',
      text: edited((json) => delete (json.cards as Record<string, unknown>[])[1]!.kind),
      problem: 'damaged',
      detail: /^cards\.1\.kind: /,
    },
    {
      name: 'a card with a negative stability',
      text: edited((json) => {
        const fsrs = (json.cards as { fsrs: Record<string, unknown> }[])[3]!.fsrs;
        fsrs.stability = -1;
      }),
      problem: 'damaged',
      detail: /^cards\.3\.fsrs\.stability: /,
    },
    {
      name: 'a review with a rating of 5',
      text: edited((json) => ((json.reviews as Record<string, unknown>[])[0]!.rating = 5)),
      problem: 'damaged',
      detail: /^reviews\.0\.rating: /,
    },
    {
      name: 'a review whose before state is a date',
      text: edited(
        (json) => ((json.reviews as Record<string, unknown>[])[2]!.before = start.toISOString()),
      ),
      problem: 'damaged',
      detail: /^reviews\.2\.before: /,
    },
    {
      name: 'no cards list',
      text: edited((json) => delete json.cards),
      problem: 'damaged',
      detail: /^cards: /,
    },
    {
      name: 'a bad export date',
      text: edited((json) => (json.exportedAt = 'last Tuesday')),
      problem: 'damaged',
      detail: /^exportedAt: /,
    },
    {
      name: 'a word unknown to the glossary',
      text: edited((json) => (json.words as WordRecord[]).push(word('not-in-the-glossary'))),
      problem: 'unknownWords',
      detail: /^not-in-the-glossary$/,
    },
  ])('rejects $name as $problem', ({ text, problem, detail }) => {
    const parsed = parseBackup(text, known);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toBe(problem);
    if (detail) expect(parsed.detail).toMatch(detail);
  });

  it('names at most five unknown words', () => {
    const text = edited((json) => {
      json.words = ['one', 'two', 'three', 'four', 'five', 'six'].map(word);
    });
    expect(parseBackup(text, known)).toEqual({
      ok: false,
      problem: 'unknownWords',
      detail: 'one, two, three, four, five',
    });
  });

  it('checks the words against the glossary it is given', () => {
    const text = JSON.stringify(sampleBackup());
    expect(parseBackup(text, new Set(['bilateral-relations']))).toEqual({
      ok: false,
      problem: 'unknownWords',
      detail: 'partnership',
    });
  });
});

describe('backup consistency', () => {
  it('rejects a card whose id does not match its entry and kind', () => {
    const backup = sampleBackup();
    backup.cards[0] = { ...backup.cards[0]!, id: 'forefront:cloze' };
    const parsed = parseBackup(JSON.stringify(backup), known);
    expect(parsed).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('rejects a review of a card the backup does not have', () => {
    const backup = sampleBackup();
    backup.reviews.push({ ...backup.reviews[0]!, card: 'partnership:ru-en' });
    expect(parseBackup(JSON.stringify(backup), known)).toEqual({
      ok: false,
      problem: 'damaged',
      detail: 'a review of unknown card partnership:ru-en',
    });
  });

  it('rejects cards of entries the glossary does not know', () => {
    const backup = sampleBackup();
    backup.cards.push({
      ...backup.cards[0]!,
      entry: 'made-up',
      id: 'made-up:ru-en',
      kind: 'ru-en',
    });
    expect(parseBackup(JSON.stringify(backup), known)).toMatchObject({
      ok: false,
      problem: 'unknownWords',
      detail: 'made-up',
    });
  });
});
