import { describe, expect, it } from 'vitest';
import { articleSchema } from '@/content/article-schema';
import { buildArticle } from './build-article';
import {
  addSpeaker,
  markPairAsQuote,
  quotesOf,
  removeQuote,
  renameSpeaker,
  setQuoteSpeaker,
} from './edit-quotes';

const { article } = buildArticle({
  ru: [
    'Посол Джули Стаффт встретилась с журналистами. Министр Ермек Кошербаев тоже пришёл.',
    '«Мы готовы к диалогу», – сказал Токаев Путину.',
    'Встреча продлилась час. Решение примут в мае.',
  ].join('\n\n'),
  en: [
    'Ambassador Julie Stufft met reporters. Minister Yermek Kosherbayev came too.',
    '“We are ready for dialogue,” Tokayev told Putin.',
    'The meeting lasted an hour. A decision will be made in May.',
  ].join('\n\n'),
  title: { ru: 'Встреча', en: 'Meeting' },
});

describe('quotesOf', () => {
  it('lists each quote once with both sides and its clause', () => {
    const [quote, ...rest] = quotesOf(article);
    expect(rest).toHaveLength(0);
    expect(quote).toMatchObject({
      paragraph: 2,
      text: { ru: 'Мы готовы к диалогу', en: 'We are ready for dialogue,' },
      clause: { ru: 'сказал Токаев Путину', en: 'Tokayev told Putin' },
    });
  });
});

describe('corrections', () => {
  const ref = quotesOf(article)[0]!.ref;

  it('a new speaker, named by the reader, takes the quote; the wrong guess leaves the list', () => {
    const guessed = quotesOf(article)[0]!.speaker;
    const added = addSpeaker(article, { ru: 'Касым-Жомарт Токаев', en: 'Kassym-Jomart Tokayev' });
    const corrected = setQuoteSpeaker(added.article, ref, added.id);
    expect(quotesOf(corrected)[0]!.speaker).toBe(added.id);
    expect(corrected.speakers.map((s) => s.id)).toEqual([added.id]);
    expect(corrected.speakers.map((s) => s.id)).not.toContain(guessed);
    expect(articleSchema.safeParse(corrected).success).toBe(true);
  });

  it('renames a speaker in both languages, and refuses an empty name', () => {
    const id = article.speakers[0]!.id;
    const renamed = renameSpeaker(article, id, { ru: ' Токаев ', en: 'Tokayev' });
    expect(renamed.speakers[0]!.name).toEqual({ ru: 'Токаев', en: 'Tokayev' });
    expect(renameSpeaker(article, id, { ru: ' ', en: 'Tokayev' })).toBe(article);
  });

  it('"not a quote" removes the marks on both sides, clause included, and keeps the words', () => {
    const removed = removeQuote(article, ref);
    expect(quotesOf(removed)).toEqual([]);
    expect(removed.speakers).toEqual([]);
    expect(removed.paragraphs[1]!.ru.text).toBe(article.paragraphs[1]!.ru.text);
  });

  it('marks a missed sentence pair as a quote, without its quotation marks, and not twice', () => {
    const group = article.paragraphs[2]!.groups[1]!;
    const speaker = article.speakers[0]!.id;
    const marked = markPairAsQuote(article, group.id, speaker)!;
    const added = quotesOf(marked).find((q) => q.paragraph === 3)!;
    expect(added.text).toEqual({
      ru: 'Решение примут в мае.',
      en: 'A decision will be made in May.',
    });
    expect(articleSchema.safeParse(marked).success).toBe(true);
    expect(markPairAsQuote(marked, group.id, speaker)).toBeUndefined();
    const quoted = article.paragraphs[1]!.groups[0]!;
    expect(markPairAsQuote(article, quoted.id, speaker)).toBeUndefined();
  });
});
