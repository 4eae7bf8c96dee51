import type { Article } from '@/content/article-schema';
import type { GlossaryEntry } from '@/content/glossary-schema';
import type { CardKind } from '../storage/records';
import { bestContext, blank } from './occurrence-context';

/** What a practice card shows before and after it is turned, by kind. */
export type CardFaces = {
  prompt: { text: string; lang: 'ru' | 'en' };
  hint?: { text: string; lang: 'ru' | 'en' };
  answer: { text: string; lang: 'ru' | 'en' };
  detail?: { text: string; lang: 'ru' | 'en' };
};

export function cardFaces(kind: CardKind, entry: GlossaryEntry, article: Article): CardFaces {
  const english = entry.en.join('; ');
  switch (kind) {
    case 'ru-en':
      return {
        prompt: { text: entry.headword, lang: 'ru' },
        answer: { text: english, lang: 'en' },
      };
    case 'en-ru':
      return {
        prompt: { text: english, lang: 'en' },
        answer: { text: entry.headword, lang: 'ru' },
      };
    case 'cloze': {
      const context = bestContext(article, entry);
      if (!context?.ru) return cardFaces('ru-en', entry, article);
      return {
        prompt: { text: blank(context.ru), lang: 'ru' },
        hint: context.en ? { text: context.en.sentence, lang: 'en' } : undefined,
        answer: { text: context.ru.sentence.slice(context.ru.start, context.ru.end), lang: 'ru' },
        detail: { text: entry.headword, lang: 'ru' },
      };
    }
  }
}
