import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './split-paragraphs';

const wrapped = [
  'Посол США в Казахстане провела в Астане пресс-конференцию, в ходе которой',
  'поделилась видением дальнейшего развития казахско-американского',
  'сотрудничества.',
  'Она отметила, что двусторонние отношения сегодня крепче, чем когда-либо,',
  'между президентами налажен хороший личный диалог.',
].join('\n');

describe('splitParagraphs', () => {
  it.each([
    ['blank lines separate paragraphs', 'Один.\n\nДва.', ['Один.', 'Два.']],
    ['several blank lines count as one', 'Один.\n\n\n\nДва.', ['Один.', 'Два.']],
    ['a blank line with spaces still separates', 'One.\n  \t\nTwo.', ['One.', 'Two.']],
    ['paragraphs are trimmed', '  Один.  \n\n  Два. ', ['Один.', 'Два.']],
    ['empty text has no paragraphs', ' \n\n ', []],
    [
      'one line per paragraph (web paste)',
      'Первый абзац, длинный.\nВторой абзац.',
      ['Первый абзац, длинный.', 'Второй абзац.'],
    ],
    [
      'a hard-wrapped block is joined with spaces; a short line ending a sentence ends a paragraph',
      wrapped,
      [
        'Посол США в Казахстане провела в Астане пресс-конференцию, в ходе которой поделилась видением дальнейшего развития казахско-американского сотрудничества.',
        'Она отметила, что двусторонние отношения сегодня крепче, чем когда-либо, между президентами налажен хороший личный диалог.',
      ],
    ],
    [
      'a hyphen at a wrap joins without a space',
      'В Астане прошла большая, очень долгая пресс-\nконференция посла США, где говорили о\nсотрудничестве.',
      [
        'В Астане прошла большая, очень долгая пресс-конференция посла США, где говорили о сотрудничестве.',
      ],
    ],
    [
      'a heading above wrapped text is its own paragraph',
      'Итоги визита\nПосол США провела в Астане пресс-конференцию, на которой\nговорила о сотрудничестве двух стран в разных областях.',
      [
        'Итоги визита',
        'Посол США провела в Астане пресс-конференцию, на которой говорила о сотрудничестве двух стран в разных областях.',
      ],
    ],
    [
      'a heading and a byline separated by blank lines',
      'U.S. envoy upbeat on ties\n\nBy Jane Doe\n\nThe ambassador spoke on Friday.',
      ['U.S. envoy upbeat on ties', 'By Jane Doe', 'The ambassador spoke on Friday.'],
    ],
    [
      'a paragraph broken by extraction stays two (alignment decides)',
      'Мы гордимся прогрессом с момента обретения\n\nКазахстаном независимости.',
      ['Мы гордимся прогрессом с момента обретения', 'Казахстаном независимости.'],
    ],
    [
      'dialogue lines in a wrapped block stay apart',
      '– Мы готовы начать переговоры хоть завтра, – сказал министр.\n– Когда?\n– Завтра в десять утра, в здании министерства иностранных дел.',
      [
        '– Мы готовы начать переговоры хоть завтра, – сказал министр.',
        '– Когда?',
        '– Завтра в десять утра, в здании министерства иностранных дел.',
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(splitParagraphs(input)).toEqual(expected);
  });
});
