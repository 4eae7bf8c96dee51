import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import { markPairAsQuoteBy } from '../utils/edit-quotes';
import { newSpeaker, SpeakerChoice, speakerPick } from './speaker-choice';

type Change = (article: Article, message: string) => void;

/** Direct speech the detector missed: the reader marks a pair (both sides) as a quote. */
export function MarkQuoteForm({ article, onChange }: { article: Article; onChange: Change }) {
  const { t } = useTranslation('import');
  const id = useId();
  const [pair, setPair] = useState('');
  const [speaker, setSpeaker] = useState(article.speakers[0]?.id ?? newSpeaker);
  const [name, setName] = useState({ ru: '', en: '' });
  const [problem, setProblem] = useState('');
  const groups = article.paragraphs.flatMap((paragraph) => paragraph.groups);
  // A speaker chosen earlier may have left the list (a correction replaced them): take the first.
  const value =
    speaker === newSpeaker || article.speakers.some((s) => s.id === speaker)
      ? speaker
      : (article.speakers[0]?.id ?? newSpeaker);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = Number(pair);
    const group = Number.isInteger(number) ? groups[number - 1] : undefined;
    if (!group) return setProblem(t('quotes.noPair', { number: pair, last: groups.length }));
    const picked = speakerPick(value, name);
    if (!picked) return setProblem(t('quotes.needName'));
    const marked = markPairAsQuoteBy(article, group.id, picked);
    if (!marked) return setProblem(t('quotes.overlap', { number }));
    setProblem('');
    setPair('');
    onChange(marked, t('quotes.marked', { number }));
  };

  return (
    <form className="mark-quote" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('quotes.markTitle')}</h3>
      <label htmlFor={`${id}-pair`}>{t('quotes.pairNumber')}</label>
      <input
        id={`${id}-pair`}
        inputMode="numeric"
        value={pair}
        onChange={(e) => setPair(e.target.value)}
        aria-describedby={`${id}-problem`}
        size={6}
      />
      <SpeakerChoice
        label={t('quotes.speaker')}
        speakers={article.speakers}
        value={value}
        onValue={setSpeaker}
        name={name}
        onName={setName}
      />
      <button type="submit" className="button button--small">
        {t('quotes.markSubmit')}
      </button>
      <p id={`${id}-problem`} className="import-problem" aria-live="polite">
        {problem}
      </p>
    </form>
  );
}
