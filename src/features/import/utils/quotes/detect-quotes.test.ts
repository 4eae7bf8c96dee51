import { describe, expect, it } from 'vitest';
import { sides } from '@/content/article-schema';
import curatedArticle from 'virtual:curated/article';
import type { Language } from '../language';
import { detectQuotes } from './detect-quotes';

/** Marks of one paragraph as readable strings: "kind ref speaker: words". */
function detect(texts: string[], language: Language) {
  const result = detectQuotes(
    texts.map((text, k) => ({ id: `p${k + 1}`, text })),
    language,
  );
  return result.marks.map((marks, k) =>
    marks.map((m) => `${m.kind} ${m.ref} ${m.speaker}: ${texts[k]!.slice(m.start, m.end)}`),
  );
}

describe('detectQuotes', () => {
  it.each<[string, Language, string[], string[]]>([
    [
      'ru: dash dialogue interrupted by its reporting clause',
      'ru',
      [
        'Министр Алмасадам Саткалиев ответил на вопросы.',
        '– Цены не вырастут, – заявил министр. – Мы держим ситуацию под контролем.',
      ],
      [
        'quote p2-q1 satkaliev: Цены не вырастут,',
        'attribution p2-q1 satkaliev: заявил министр',
        'quote p2-q1 satkaliev: Мы держим ситуацию под контролем.',
      ],
    ],
    [
      'ru: a dash inside speech does not end it',
      'ru',
      [
        'Посол Джули Стаффт провела встречу.',
        '– Казахстан – одна из стран-основателей, он – лидер, – отметила она.',
      ],
      [
        'quote p2-q1 stafft: Казахстан – одна из стран-основателей, он – лидер,',
        'attribution p2-q1 stafft: отметила она',
      ],
    ],
    [
      'ru: «» speech with a named speaker',
      'ru',
      ['«Планы хорошие, но главное – визы», – сказала глава ассоциации Ольга Киселева.'],
      [
        'quote p1-q1 kiseleva: Планы хорошие, но главное – визы',
        'attribution p1-q1 kiseleva: сказала глава ассоциации Ольга Киселева',
      ],
    ],
    [
      'ru: «» speech with a spaced hyphen typed for the dash',
      'ru',
      ['«Планы хорошие», - сказала глава ассоциации Ольга Киселева.'],
      [
        'quote p1-q1 kiseleva: Планы хорошие',
        'attribution p1-q1 kiseleva: сказала глава ассоциации Ольга Киселева',
      ],
    ],
    [
      'ru: speech in straight and in „“ quotation marks',
      'ru',
      [
        '"Встречи носят неофициальный характер", — отметил Касым-Жомарт Токаев.',
        '„Вопросов нет“, — добавил Касым-Жомарт Токаев.',
      ],
      [
        'quote p1-q1 tokaev: Встречи носят неофициальный характер',
        'attribution p1-q1 tokaev: отметил Касым-Жомарт Токаев',
        'quote p2-q1 tokaev: Вопросов нет',
        'attribution p2-q1 tokaev: добавил Касым-Жомарт Токаев',
      ],
    ],
    [
      'ru: a channel name in straight quotes and a hyphenated word are not speech',
      'ru',
      ['Интервью показал канал "Хабар 24" - из-за этого эфир сдвинули.'],
      [],
    ],
    [
      'ru: a list item opening with a hyphen is not dialogue',
      'ru',
      ['- снижение налогов для малого бизнеса, - говорится в документе.'],
      [],
    ],
    [
      'ru: a title in «» is not a quote',
      'ru',
      ['Джули Стаффт объявила о начале кампании «Свобода-250» (Freedom 250).'],
      [],
    ],
    [
      'ru: speech after a colon',
      'ru',
      ['Дональд Трамп заявил: «Мы приедем в Астану».'],
      ['attribution p1-q1 tramp: Дональд Трамп заявил', 'quote p1-q1 tramp: Мы приедем в Астану'],
    ],
    [
      'en: a quote interrupted by its reporting clause, speaker by surname',
      'en',
      ['Ambassador Julie Stufft spoke.', '“First of all,” Stufft said. “We will come.”'],
      [
        'quote p2-q1 stufft: First of all,',
        'attribution p2-q1 stufft: Stufft said',
        'quote p2-q1 stufft: We will come.',
      ],
    ],
    [
      'en: two quotes, each with its own clause',
      'en',
      [
        'Julie Stufft held a briefing at which she spoke.',
        '“Yes,” she said. “And no.” “Maybe,” the diplomat added.',
      ],
      [
        'quote p2-q1 stufft: Yes,',
        'attribution p2-q1 stufft: she said',
        'quote p2-q1 stufft: And no.',
        'quote p2-q2 stufft: Maybe,',
        'attribution p2-q2 stufft: the diplomat added',
      ],
    ],
    [
      'en: a title in quotes mid-sentence is not speech',
      'en',
      ['She read the book “Sakhalin Island” last year.'],
      [],
    ],
    [
      'en: a scare quote before a colon-introduced quote belongs to neither',
      'en',
      [
        'Stressing there are “absolutely no barriers” to relations, Vladimir Putin stated: “Kazakhstan is our ally.”',
      ],
      [
        'attribution p1-q1 putin: Vladimir Putin stated',
        'quote p1-q1 putin: Kazakhstan is our ally.',
      ],
    ],
    [
      'en: a clause with a verb outside the short list (stated, affirmed)',
      'en',
      ['“The border is open,” Dmitry Peskov affirmed.'],
      [
        'quote p1-q1 peskov: The border is open,',
        'attribution p1-q1 peskov: Dmitry Peskov affirmed',
      ],
    ],
    [
      'en: said before the speaker’s name',
      'en',
      ['“The plans are good,” said Olga Kiselyova, head of the association.'],
      [
        'quote p1-q1 kiselyova: The plans are good,',
        'attribution p1-q1 kiselyova: said Olga Kiselyova, head of the association',
      ],
    ],
    [
      'en: the speaker by role, when a pronoun would be ambiguous',
      'en',
      [
        'U.S. Ambassador Julie Stufft met President Donald Trump.',
        '“It went well,” the ambassador said.',
      ],
      ['quote p2-q1 stufft: It went well,', 'attribution p2-q1 stufft: the ambassador said'],
    ],
  ])('%s', (_name, language, texts, expected) => {
    expect(detect(texts, language).flat()).toEqual(expected);
  });

  it('lists each speaker once, with a readable name', () => {
    const result = detectQuotes(
      [{ id: 'p1', text: '– Да, – сказала Джули Стаффт. – Конечно, – добавила Стаффт.' }],
      'ru',
    );
    expect(result.speakers).toEqual([{ id: 'stafft', key: 'stft', name: 'Джули Стаффт' }]);
  });
});

describe('detectQuotes on the curated article', () => {
  it.each(sides)('finds the curated quotes and attributions exactly (%s)', (side) => {
    const paragraphs = curatedArticle.paragraphs.map((p) => ({ id: p.id, text: p[side].text }));
    const { marks, speakers } = detectQuotes(paragraphs, side);
    const stufft = speakers.find((s) => s.key === 'stft')?.id;
    const speech = (m: { kind: string }) => m.kind === 'quote' || m.kind === 'attribution';
    curatedArticle.paragraphs.forEach((paragraph, k) => {
      const expected = paragraph[side].marks
        .filter(speech)
        .map((m) => ({ ...m, speaker: m.speaker === 'stufft' ? stufft : m.speaker }));
      expect(marks[k]).toEqual(expected);
    });
    const quoteParts = marks.flat().filter((m) => m.kind === 'quote').length;
    expect(quoteParts).toBe(side === 'ru' ? 6 : 10);
  });
});
