import { describe, expect, it } from 'vitest';
import { classOf, foldRussian, russianForms } from './russian-forms';

describe('foldRussian', () => {
  it.each([
    ['Партнёрство', 'партнерство'],
    ['двусторо́нние', 'двусторонние'],
    ['ЁЛКА', 'елка'],
  ])('%s → %s', (word, folded) => expect(foldRussian(word)).toBe(folded));
});

describe('classOf', () => {
  it.each([
    ['посол', 'noun'],
    ['сотрудничество', 'noun'],
    ['развитие', 'noun'],
    ['ценности', 'noun'],
    ['приверженность', 'noun'],
    ['двусторонние', 'adjective'],
    ['неизменный', 'adjective'],
    ['выдающийся', 'adjective'],
    ['наша', 'adjective'],
    ['отметить', 'verb'],
    ['провести', 'verb'],
    ['достичь', 'verb'],
    ['обучаться', 'verb'],
    ['в', 'fixed'],
  ] as const)('%s is a %s', (word, wordClass) => expect(classOf(word)).toBe(wordClass));
});

// Each row: a dictionary word (with its grammar where the glossary gives it), forms it must
// take, and words that share its beginning but are not its forms.
const table = [
  {
    word: 'посо́л',
    options: { gender: 'm' },
    forms: ['посол', 'посла', 'послу', 'послом', 'послами', 'послов', 'послы', 'послах'],
    not: ['после', 'послание', 'послушать', 'посолить', 'пос'],
  },
  {
    word: 'сотру́дничество',
    options: { gender: 'n' },
    forms: ['сотрудничества', 'сотрудничеству', 'сотрудничеством', 'сотрудничестве'],
    not: ['сотрудник', 'сотрудничать', 'сотрудничающий'],
  },
  {
    word: 'двусторо́нний',
    options: {},
    forms: ['двусторонних', 'двусторонние', 'двустороннего', 'двусторонней', 'двустороннюю'],
    not: ['двусторонность', 'двусторонне'],
  },
  {
    word: 'сфе́ра',
    options: { gender: 'f' },
    forms: ['сферы', 'сфере', 'сферу', 'сферой', 'сфер', 'сферах', 'сферами'],
    not: ['сферический', 'сферичность', 'сфероид'],
  },
  {
    word: 'разви́тие',
    options: { gender: 'n' },
    forms: ['развития', 'развитию', 'развитием', 'развитии', 'развитий'],
    not: ['развитый', 'развить', 'развитой'],
  },
  {
    word: 'приве́рженность',
    options: { gender: 'f' },
    forms: ['приверженности', 'приверженностью'],
    not: ['приверженец', 'приверженный'],
  },
  {
    word: 'казахста́нец',
    options: { gender: 'm' },
    forms: ['казахстанца', 'казахстанцев', 'казахстанцам', 'казахстанцы'],
    not: ['казахстанский', 'казахстанка'],
  },
  {
    word: 'представи́тель',
    options: { gender: 'm' },
    forms: ['представителя', 'представителей', 'представителями', 'представителю'],
    not: ['представительство', 'представить'],
  },
  {
    word: 'кампа́ния',
    options: { gender: 'f' },
    forms: ['кампании', 'кампанию', 'кампаний', 'кампанией'],
    not: ['компания', 'кампанейский'],
  },
  {
    word: 'отме́тить',
    options: {},
    forms: ['отметил', 'отметила', 'отметили', 'отметит', 'отметив', 'отметивший', 'отметилась'],
    not: ['отметка', 'отметки', 'отметина'],
  },
  {
    word: 'счита́ть',
    options: {},
    forms: ['считает', 'считают', 'считала', 'считая', 'считается', 'считающий'],
    not: ['счет', 'счетчик', 'считалка'],
  },
  {
    word: 'пра́здновать',
    options: {},
    forms: ['празднуют', 'праздновали', 'празднует', 'празднуя'],
    not: ['праздник', 'праздничный'],
  },
  {
    word: 'подчеркну́ть',
    options: {},
    forms: ['подчеркнула', 'подчеркнет', 'подчеркнут', 'подчеркнув'],
    not: ['подчеркивание'],
  },
  {
    word: 'провести́',
    options: {},
    forms: ['провести', 'провела', 'провели', 'провел'],
    not: ['проведение', 'провод'],
  },
  {
    word: 'поде́литься',
    options: {},
    forms: ['поделилась', 'поделился', 'поделиться', 'поделятся'],
    not: ['поделить', 'поделил', 'поделка'],
  },
  {
    word: 'каза́хско-америка́нский',
    options: {},
    forms: ['казахско-американского', 'казахско-американских', 'казахско-американские'],
    not: ['американского', 'казахско-американец'],
  },
  {
    word: 'страна́-основа́тель',
    options: { gender: 'f' },
    forms: ['страны-основатели', 'стран-основателей'],
    not: ['страна-участница'],
  },
] as const;

describe('russianForms', () => {
  it.each(table)(
    '$word takes its inflected forms and no look-alikes',
    ({ word, options, forms, not }) => {
      const all = russianForms(word, options);
      for (const form of forms) expect(all, form).toContain(form);
      for (const other of not) expect(all, other).not.toContain(other);
    },
  );

  it('never makes a form shorter than three letters', () => {
    for (const { word, options } of table)
      for (const form of russianForms(word, options)) expect(form.length).toBeGreaterThanOrEqual(3);
  });
});
