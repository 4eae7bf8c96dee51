import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import curatedGlossary from 'virtual:curated/glossary';
import type { GlossaryEntry } from '@/content/glossary-schema';
import { cardFaces } from './card-faces';
import { bestContext } from './occurrence-context';

const entry = (id: string) => curatedGlossary.entries.find((e) => e.id === id)!;
const bilateral = entry('bilateral-relations');
const ruSentence =
  'Она отметила, что двусторонние отношения РК и США сегодня крепче, чем когда-либо, между президентами Дональдом Трампом и Касым-Жомартом Токаевым налажен хороший личный диалог, есть взаимное стремление к дальнейшему совместному движению вперед.';
const enSentence =
  'She noted that bilateral relations between Kazakhstan and the United States are stronger today than ever, that Presidents Donald Trump and Kassym-Jomart Tokayev have developed a good personal rapport, and that both sides share a desire to keep moving forward together.';

describe('card faces', () => {
  it('ru-en: the stressed headword in Russian; the English equivalents as the answer', () => {
    expect(cardFaces('ru-en', bilateral, curatedArticle)).toEqual({
      prompt: { text: 'двусторо\u0301нние отноше\u0301ния', lang: 'ru' },
      answer: {
        text: 'bilateral relations; bilateral relationship; bilateral ties',
        lang: 'en',
      },
    });
  });

  it('en-ru: the reverse', () => {
    expect(cardFaces('en-ru', bilateral, curatedArticle)).toEqual({
      prompt: {
        text: 'bilateral relations; bilateral relationship; bilateral ties',
        lang: 'en',
      },
      answer: { text: 'двусторо\u0301нние отноше\u0301ния', lang: 'ru' },
    });
  });

  it('cloze: the Russian sentence with the term blanked, the English as hint, the form as answer', () => {
    expect(cardFaces('cloze', bilateral, curatedArticle)).toEqual({
      prompt: { text: ruSentence.replace('двусторонние отношения', '_____'), lang: 'ru' },
      hint: { text: enSentence, lang: 'en' },
      answer: { text: 'двусторонние отношения', lang: 'ru' },
      detail: { text: 'двусторо\u0301нние отноше\u0301ния', lang: 'ru' },
    });
  });

  it.each([
    { id: 'stress', form: 'подчеркнула' },
    { id: 'partnership', form: 'партнерство' },
    { id: 'note', form: 'отметила' },
    { id: 'ambassador', form: 'Посол' },
  ])('cloze for $id asks for the form in the text, “$form”', ({ id, form }) => {
    const faces = cardFaces('cloze', entry(id), curatedArticle);
    expect(faces.answer).toEqual({ text: form, lang: 'ru' });
    expect(faces.prompt.text).toContain('_____');
    expect(faces.prompt.text).not.toContain(form);
  });

  it('every curated cloze fills back into its sentence, with exactly one gap', () => {
    for (const e of curatedGlossary.entries) {
      const context = bestContext(curatedArticle, e);
      const faces = cardFaces('cloze', e, curatedArticle);
      if (!context?.ru) continue;
      expect(faces.prompt.text.split('_____'), e.id).toHaveLength(2);
      expect(faces.prompt.text.replace('_____', faces.answer.text), e.id).toBe(context.ru.sentence);
      expect(faces.hint?.text, e.id).toBe(context.en?.sentence);
      expect(faces.detail, e.id).toEqual({ text: e.headword, lang: 'ru' });
    }
  });

  it('an entry with no Russian context falls back to ru-en for the cloze', () => {
    const noContext: GlossaryEntry = { ...bilateral, occurrences: [] };
    expect(cardFaces('cloze', noContext, curatedArticle)).toEqual(
      cardFaces('ru-en', noContext, curatedArticle),
    );
    const englishOnly: GlossaryEntry = {
      ...bilateral,
      occurrences: bilateral.occurrences.map((o) => ({ ...o, ru: undefined })),
    };
    expect(cardFaces('cloze', englishOnly, curatedArticle)).toEqual(
      cardFaces('ru-en', englishOnly, curatedArticle),
    );
  });

  it('a cloze with a Russian context only has no hint', () => {
    const russianOnly: GlossaryEntry = {
      ...bilateral,
      occurrences: bilateral.occurrences.map((o) => ({ ...o, en: undefined })),
    };
    const faces = cardFaces('cloze', russianOnly, curatedArticle);
    expect(faces.hint).toBeUndefined();
    expect(faces.answer.text).toBe('двусторонние отношения');
  });
});
