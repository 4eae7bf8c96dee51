import { describe, expect, it } from 'vitest';
import { sides } from '@/content/article-schema';
import curatedArticle from 'virtual:curated/article';
import type { Language } from './language';
import { segmentSentences } from './segment-sentences';

const split = (text: string, language: Language) =>
  segmentSentences(text, language).map((span) => text.slice(span.start, span.end));

// Each case: the sentences as they should come out; the text is them joined by one space.
const cases: [string, Language, string[]][] = [
  ['ru: two plain sentences', 'ru', ['Посол прибыл в Астану.', 'Встреча прошла в МИД.']],
  ['ru: question and exclamation', 'ru', ['Почему это важно?', 'Это важно!', 'Да.']],
  ['ru: т. е. does not end a sentence', 'ru', ['Речь о торговле, т. е. об экспорте зерна.']],
  ['ru: т.е. without a space', 'ru', ['Речь о торговле, т.е. об экспорте.']],
  [
    'ru: и т. д. before a capital ends one',
    'ru',
    ['Обсуждали визы, рейсы и т. д.', 'Затем выступил министр.'],
  ],
  ['ru: и т. д. before lower case does not', 'ru', ['Визы, рейсы и т. д. обсуждались долго.']],
  ['ru: и др. at the end', 'ru', ['Приехали послы, министры и др.', 'Встреча началась в десять.']],
  ['ru: г. after a year, name follows', 'ru', ['В 1991 г. Казахстан обрел независимость.']],
  [
    'ru: г. after a year, sentence follows',
    'ru',
    ['Договор подписан в 2024 г.', 'Это первый шаг.'],
  ],
  [
    'ru: г. after a year at the end of a long sentence',
    'ru',
    [
      'Показали первое издание книги «Остров Сахалин» 1895 г.',
      'Часть материалов прислали из Москвы.',
    ],
  ],
  ['ru: г. as "город" before a name', 'ru', ['Форум прошел в г. Алматы в мае.']],
  ['ru: гг. in a range', 'ru', ['В 2020–2024 гг. товарооборот вырос вдвое.']],
  ['ru: ул. and д.', 'ru', ['Посольство находится по адресу: ул. Рахымжана Кошкарбаева, д. 3.']],
  [
    'ru: initials before a surname',
    'ru',
    ['Об этом заявил Д. Трамп.', 'Его поддержал К.-Ж. Токаев.'],
  ],
  ['ru: two initials', 'ru', ['Доклад сделал А. С. Пушкин из МГУ.']],
  [
    'ru: a two-letter initial (Дж. for J.)',
    'ru',
    ['Выступил г-н Дж. Уилсон из Всемирного банка.', 'Он был краток.'],
  ],
  ['ru: initials without spaces', 'ru', ['Доклад сделал А.С. Пушкин.', 'Зал аплодировал.']],
  ['ru: Latin initials in Russian text', 'ru', ['Он вспомнил J. F. Kennedy и его речь.']],
  ['ru: number with a space', 'ru', ['Обучались более 3 000 граждан.', 'Это рекорд.']],
  ['ru: decimal comma', 'ru', ['Рост составил 3,5 процента.', 'Это выше прогноза.']],
  ['ru: decimal point in a version', 'ru', ['Вышла версия 2.0 программы.']],
  [
    'ru: °C at the end of a sentence',
    'ru',
    ['Температура выросла на 1,2 °C.', 'При этом осадков не стало больше.'],
  ],
  ['ru: тыс. before lower case', 'ru', ['Пришли 5 тыс. человек.', 'Митинг прошел мирно.']],
  ['ru: млн долл. США', 'ru', ['Инвестиции составили 5 млн долл. США за год.']],
  ['ru: ellipsis before a capital', 'ru', ['Мы подумаем…', 'Может быть, согласимся.']],
  ['ru: three dots before a capital', 'ru', ['Мы подумаем...', 'Может быть.']],
  ['ru: ellipsis before lower case', 'ru', ['Мы подумаем… и, может быть, согласимся.']],
  [
    'ru: dialogue with reporting clause',
    'ru',
    ['– Мы готовы, – сказал министр.', '– Начнем завтра.'],
  ],
  ['ru: question inside dialogue', 'ru', ['– Куда вы едете? – спросил журналист.', '– В Астану.']],
  [
    'ru: interrupted quote splits as the curated article does',
    'ru',
    ['– Это важно, – отметила она.', '– Но не главное.'],
  ],
  ['ru: a dash inside a sentence', 'ru', ['Казахстан – одна из стран-основателей.']],
  ['ru: «» quote with a period after', 'ru', ['Он сказал: «Мы придем».', 'И ушел.']],
  ['ru: «» quote with ? inside', 'ru', ['«Почему?» – спросил он.', 'Никто не ответил.']],
  ['ru: a numbered item', 'ru', ['1. Первое заседание.']],
  ['ru: a heading without a period', 'ru', ['Итоги визита']],
  ['en: two plain sentences', 'en', ['The ambassador arrived.', 'The talks began.']],
  ['en: Mr. and Dr.', 'en', ['Mr. Smith met Dr. Jones.', 'They spoke briefly.']],
  ['en: U.S. before a noun', 'en', ['The U.S. Ambassador spoke to the U.S. Congress.']],
  ['en: U.S. at the end', 'en', ['Relations are good with the U.S.', 'The visit is planned.']],
  ['en: initials', 'en', ['He quoted J. F. Kennedy.', 'The hall applauded.']],
  ['en: e.g. and i.e.', 'en', ['Some areas, e.g. energy, i.e. oil, grew.']],
  ['en: etc. at the end', 'en', ['They discussed visas, flights, etc.', 'The talks went well.']],
  ['en: a.m. before a name', 'en', ['At 10 a.m. Tokayev arrived.']],
  [
    'en: numbers with commas and points',
    'en',
    ['More than 3,000 students came.', 'Growth was 3.5%.'],
  ],
  ['en: No. before a number', 'en', ['Resolution No. 5 was adopted.']],
  ['en: ellipsis', 'en', ['We will see…', 'Maybe.']],
  ['en: quoted speech with said', 'en', ['“We are ready,” he said.', '“We start tomorrow.”']],
  ['en: question inside quotes', 'en', ['“Why does this matter?” she asked.', 'Nobody answered.']],
  ['en: closing quote after the period', 'en', ['“That is all.”', 'He left.']],
  ['en: straight quotes', 'en', ['"We agree." He nodded.'.split(' He')[0]!, 'He nodded.']],
  ['en: a sentence opening with a number', 'en', ['It happened in 2024.', '50 people came.']],
  [
    'en: St. as Street at the end of a sentence',
    'en',
    ['It is on Satpayev St.', 'The exhibits include letters.'],
  ],
  [
    'ru: г. after a year, a shorter sentence',
    'ru',
    ['Ученые сравнили снимки 1955 г. и 2015 г.', 'Средняя температура выросла.'],
  ],
  ['en: Jan. and St.', 'en', ['On Jan. 5 he visited St. Petersburg.']],
  ['en: a dash inside a sentence', 'en', ['Students came — the highest number ever.']],
];

describe('segmentSentences', () => {
  it.each(cases)('%s', (_name, language, sentences) => {
    expect(split(sentences.join(' '), language)).toEqual(sentences);
  });

  it('ends a sentence at a line break (a heading above its text)', () => {
    expect(split('Итоги визита\nПосол уехал. Все довольны.', 'ru')).toEqual([
      'Итоги визита',
      'Посол уехал.',
      'Все довольны.',
    ]);
  });

  it('leaves only whitespace outside the spans', () => {
    const text = '  – Да, – сказал он.   Нет.  ';
    const spans = segmentSentences(text, 'ru');
    const covered = spans.map((s) => text.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('returns nothing for blank text', () => {
    expect(segmentSentences(' \n ', 'en')).toEqual([]);
  });
});

describe('segmentSentences on the curated article', () => {
  const cases = curatedArticle.paragraphs.flatMap((p) =>
    sides.map((side) => [p.id, side] as const),
  );
  it.each(cases)('reproduces the gold sentences of %s (%s)', (id, side) => {
    const paragraph = curatedArticle.paragraphs.find((p) => p.id === id)!;
    expect(segmentSentences(paragraph[side].text, side)).toEqual(paragraph[side].sentences);
  });
});
