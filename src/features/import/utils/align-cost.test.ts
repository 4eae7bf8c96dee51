import { describe, expect, it } from 'vitest';
import { beadCost, confidenceOf, paragraphModel, sentenceModel } from './align-cost';
import { createAnchorInterner } from './anchors';
import { unitFacts, unitSequence } from './units';

const intern = createAnchorInterner();
const sequence = (texts: string[], keys: string[][]) =>
  unitSequence(texts.map((text, k) => unitFacts(text, keys[k] ?? [], intern)));
const ru = sequence(
  ['Посол прибыл в Астану в 2026 году.', 'Встреча прошла хорошо.', 'Итоги визита'],
  [['n:2026', 'w:astn'], [], []],
);
const en = sequence(
  ['The ambassador arrived in Astana in 2026.', 'The meeting went well.', 'By Jane Doe'],
  [['n:2026', 'w:astn'], [], []],
);
const cost = beadCost(sentenceModel, ru, en, 1);

describe('beadCost', () => {
  it.each([
    [
      'a matching 1–1 with shared anchors is cheap (anchors may make it negative)',
      () => cost(1, 1, 1, 1, Infinity),
      -10,
      0.5,
    ],
    ['a 1–1 of mismatched lengths costs more', () => cost(1, 2, 1, 1, Infinity), 1, Infinity],
    [
      'a heading paired with a byline pays the kind mismatch',
      () => cost(3, 3, 1, 1, Infinity),
      4,
      Infinity,
    ],
    ['a 1–0 costs its prior plus unmatched anchors', () => cost(1, 0, 1, 0, Infinity), 3.5, 5],
  ])('%s', (_name, value, low, high) => {
    expect(value()).toBeGreaterThanOrEqual(low);
    expect(value()).toBeLessThanOrEqual(high);
  });

  it('a question paired with a statement of the same length pays per unmatched question', () => {
    const questions = sequence(['Когда вы закончите работу?', 'Мы закончим работу в мае.'], []);
    const answers = sequence(['When will you finish work?', 'We finish the work in May.'], []);
    const questionCost = beadCost(sentenceModel, questions, answers, 1);
    const matched = questionCost(1, 1, 1, 1, Infinity);
    const crossed = questionCost(1, 2, 1, 1, Infinity); // question ↔ statement
    expect(crossed - matched).toBeGreaterThanOrEqual(sentenceModel.questionMismatch - 0.5);
  });

  it('gives up (Infinity) when a bead cannot beat the bound', () => {
    expect(cost(1, 2, 1, 1, -10)).toBe(Infinity);
  });

  it('has no 2–2 bead for paragraphs', () => {
    expect(paragraphModel.priors.has('2:2')).toBe(false);
  });
});

describe('confidenceOf', () => {
  it.each([
    [0, 0.98, 1],
    [4, 0.5, 0.5],
    [10, 0, 0.01],
    [Infinity, 0, 0],
  ])('cost %s → confidence in [%s, %s]', (value, low, high) => {
    expect(confidenceOf(value)).toBeGreaterThanOrEqual(low);
    expect(confidenceOf(value)).toBeLessThanOrEqual(high);
  });
});
