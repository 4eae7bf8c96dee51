import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import type { GlossaryEntry } from '@/content/glossary-schema';
import type { CardKind } from '../storage/records';
import { addWord, removeWord, useVocabulary } from '../storage/vocabulary-store';
import { bestContext } from '../utils/occurrence-context';

/** The practice cards a word gets: both directions, and a cloze where the article gives a sentence pair. */
export function cardKindsFor(entry: GlossaryEntry, article: Article): CardKind[] {
  const context = bestContext(article, entry);
  return context?.ru && context.en ? ['ru-en', 'en-ru', 'cloze'] : ['ru-en', 'en-ru'];
}

export function SaveWordButton({ entry, article }: { entry: GlossaryEntry; article: Article }) {
  const { t } = useTranslation('vocabulary');
  const state = useVocabulary();
  const [error, setError] = useState<string>();
  const saved = state.status === 'ready' && state.words.has(entry.id);
  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(
        t('card.saveFailed', {
          error: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-pressed={saved}
        disabled={state.status === 'loading'}
        onClick={() =>
          void run(() =>
            saved ? removeWord(entry.id) : addWord(entry.id, cardKindsFor(entry, article)),
          )
        }
      >
        {saved ? t('card.added') : t('card.add')}
      </button>
      {state.status === 'unavailable' && (
        <p role="alert">{t('card.saveFailed', { error: state.error })}</p>
      )}
      {error && <p role="alert">{error}</p>}
    </>
  );
}
