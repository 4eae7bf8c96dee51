import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import {
  canMergeWithNext,
  canShift,
  mergeWithNext,
  shiftSentence,
  splitGroup,
} from '../utils/edit-alignment';
import { confidenceById, reviewPairs } from '../utils/review-pairs';
import type { AlignResult } from '../worker/messages';
import { saveToLibrary } from '../storage/library-store';
import { Link } from '@/lib/router';
import { QuoteReview } from './quote-review';
import { ReviewList } from './review-list';

type Snapshot = { article: Article; confidences: ReadonlyMap<string, number> };
type Props = {
  result: AlignResult;
  title: string;
  articleHref: (id: string) => string;
  onBack: () => void;
};
type Saved =
  { state: 'idle' } | { state: 'saved'; id: string } | { state: 'failed'; message: string };

const typingInto = (target: EventTarget | null) =>
  target instanceof HTMLTextAreaElement ||
  (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
  (target instanceof HTMLElement && target.isContentEditable);

/** The aligned pairs with the reader's corrections, each one undoable. */
export function ReviewScreen({ result, title, articleHref, onBack }: Props) {
  const { t } = useTranslation('import');
  // The snapshots before each edit, oldest first, and the one shown.
  const [{ past, current }, setHistory] = useState<{ past: Snapshot[]; current: Snapshot }>(() => ({
    past: [],
    current: {
      article: result.article,
      confidences: confidenceById(result.article, result.confidences),
    },
  }));
  const pairs = useMemo(() => reviewPairs(current.article, current.confidences), [current]);
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });

  async function save() {
    try {
      const record = await saveToLibrary(title, current.article);
      setSaved({ state: 'saved', id: record.id });
    } catch (error) {
      setSaved({ state: 'failed', message: (error as Error).message });
    }
  }

  /** Applies one correction; the pairs it touched were looked at and no longer need checking. */
  function apply(article: Article, touched: readonly string[], message: string) {
    if (article === current.article) return;
    const confidences = new Map(current.confidences);
    for (const id of touched) confidences.set(id, 1);
    setHistory((history) => ({
      past: [...history.past, history.current],
      current: { article, confidences },
    }));
    setStatus(message);
  }

  const neighbours = (groupId: string) => {
    const groups = current.article.paragraphs.flatMap((paragraph) => paragraph.groups);
    const index = groups.findIndex((group) => group.id === groupId);
    return [groups[index - 1]?.id, groupId, groups[index + 1]?.id].filter(
      (id): id is string => !!id,
    );
  };

  const undo = useCallback(() => {
    setHistory((history) => {
      const previous = history.past.at(-1);
      return previous ? { past: history.past.slice(0, -1), current: previous } : history;
    });
    setStatus(t('review.undone'));
  }, [t]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const ctrlZ = (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key === 'z';
      if (!ctrlZ || typingInto(event.target)) return;
      event.preventDefault();
      undo();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo]);

  return (
    <section className="import-page" aria-labelledby="import-title">
      <h1 id="import-title">{t('review.title')}</h1>
      <div className="import-toolbar">
        <button type="button" className="button" onClick={onBack}>
          {t('review.back')}
        </button>
        <button
          type="button"
          className="button"
          onClick={undo}
          disabled={past.length === 0}
          aria-keyshortcuts="Control+Z"
        >
          {t('review.undo')}
        </button>
        <button
          type="button"
          className="button button--primary"
          onClick={() => void save()}
          disabled={saved.state === 'saved'}
        >
          {t('review.save')}
        </button>
        <p role="status" className="import-status">
          {status}
        </p>
      </div>
      {saved.state === 'saved' && (
        <p role="alert">
          {t('review.saved')} <Link href={articleHref(saved.id)}>{t('review.read')}</Link>
        </p>
      )}
      {saved.state === 'failed' && (
        <p role="alert">{t('review.saveFailed', { message: saved.message })}</p>
      )}
      <ReviewList
        pairs={pairs}
        canMerge={(id) => canMergeWithNext(current.article, id)}
        onMerge={(id) => apply(mergeWithNext(current.article, id), [id], t('review.merged'))}
        canShift={(id, side, direction) => canShift(current.article, id, side, direction)}
        onShift={(id, side, direction) =>
          apply(
            shiftSentence(current.article, id, side, direction),
            neighbours(id),
            t('review.shifted'),
          )
        }
        onSplit={(id, at) =>
          apply(splitGroup(current.article, id, at), [id], t('review.splitDone'))
        }
      />
      <QuoteReview
        article={current.article}
        onChange={(article, message) => apply(article, [], message)}
      />
    </section>
  );
}
