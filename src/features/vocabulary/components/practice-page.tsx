import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import type { Glossary } from '@/content/glossary-schema';
import { formatRelativeTime } from '@/lib/relative-time';
import type { CardRecord } from '../storage/records';
import { recordGrade, useVocabulary } from '../storage/vocabulary-store';
import { cardFaces } from '../utils/card-faces';
import { dueCards, grades, previewIntervals, type GradeValue } from '../utils/scheduling';
import '../vocabulary.css';

type Props = { glossary: Glossary; article: Article };

/** A session of due cards: Space turns a card, 1–4 grade it; the schedule is saved at each grade. */
export function PracticePage({ glossary, article }: Props) {
  const { t, i18n } = useTranslation('vocabulary');
  const state = useVocabulary();
  const [queue, setQueue] = useState<string[]>();
  const [flipped, setFlipped] = useState(false);
  const [reviewed, setReviewed] = useState(0);
  const [error, setError] = useState<string>();
  const answer = useRef<HTMLParagraphElement>(null);

  // The session is the cards due when it starts; cards graded during it wait for their next time.
  if (state.status === 'ready' && queue === undefined) {
    setQueue(dueCards(state.cards, new Date()).map((c) => c.id));
  }

  const cards = state.status === 'ready' ? state.cards : [];
  const current: CardRecord | undefined = cards.find((card) => card.id === queue?.[0]);
  const entry = current && glossary.entries.find((e) => e.id === current.entry);
  const faces = current && entry ? cardFaces(current.kind, entry, article) : undefined;
  const now = useMemo(() => new Date(), [current?.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const preview = current ? previewIntervals(current, now) : undefined;

  const grade = async (value: GradeValue) => {
    if (!current || !flipped) return;
    try {
      await recordGrade(current, value, new Date());
      setQueue((q) => q?.slice(1));
      setFlipped(false);
      setReviewed((n) => n + 1);
      setError(undefined);
    } catch (failure) {
      setError(
        t('card.saveFailed', {
          error: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !current) return;
      if (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))
        return;
      if (event.key === ' ' && !flipped) {
        event.preventDefault();
        setFlipped(true);
      } else if (flipped && ['1', '2', '3', '4'].includes(event.key)) {
        event.preventDefault();
        void grade(Number(event.key) as GradeValue);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // Focus follows the card to its answer: a neutral place, so another Space cannot grade by accident.
  useEffect(() => {
    if (flipped) answer.current?.focus();
  }, [flipped]);

  const nextDue = cards.map((c) => c.fsrs.due).sort()[0];
  return (
    <section className="practice-page" aria-labelledby="practice-title">
      <h1 id="practice-title">{t('practice.title')}</h1>
      {state.status === 'unavailable' && (
        <p role="alert">{t('practice.unavailable', { error: state.error })}</p>
      )}
      {state.status === 'ready' && !current && (
        <p role="status">
          {reviewed > 0
            ? nextDue
              ? t('practice.done', {
                  count: reviewed,
                  when: formatRelativeTime(new Date(nextDue), new Date(), i18n.language),
                })
              : t('practice.doneNoNext', { count: reviewed })
            : state.words.size === 0
              ? t('practice.emptyNoWords')
              : t('practice.empty')}
        </p>
      )}
      {current && faces && preview && (
        <div className="practice-card" aria-live="polite">
          <p className="practice-meta">
            {t(`practice.kind.${current.kind}`)} ·{' '}
            {t('practice.remaining', { count: queue?.length ?? 0 })}
          </p>
          <p className="practice-prompt" lang={faces.prompt.lang}>
            {faces.prompt.text}
          </p>
          {faces.hint && (
            <p className="practice-hint">
              <span className="label">{t('practice.hint')}: </span>
              <span lang={faces.hint.lang}>{faces.hint.text}</span>
            </p>
          )}
          {flipped ? (
            <>
              <p ref={answer} tabIndex={-1} className="practice-answer" lang={faces.answer.lang}>
                {faces.answer.text}
              </p>
              {faces.detail && (
                <p className="practice-detail" lang={faces.detail.lang}>
                  {faces.detail.text}
                </p>
              )}
              <div className="grade-buttons" role="group" aria-label={t('practice.keys')}>
                {grades.map((value) => (
                  <button
                    key={value}
                    type="button"
                    className="button grade-button"
                    aria-keyshortcuts={String(value)}
                    onClick={() => void grade(value)}
                  >
                    <span>
                      {value} · {t(`practice.grade.${value}`)}
                    </span>
                    <span className="grade-when">
                      {formatRelativeTime(preview[value], now, i18n.language)}
                    </span>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <button
              type="button"
              className="button button--primary"
              aria-keyshortcuts="Space"
              onClick={() => setFlipped(true)}
            >
              {t('practice.show')} <kbd>{t('practice.showHint')}</kbd>
            </button>
          )}
          <p className="hint">{t('practice.keys')}</p>
          {error && <p role="alert">{error}</p>}
        </div>
      )}
    </section>
  );
}
