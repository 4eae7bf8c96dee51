import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Side } from '@/content/article-schema';
import { numberFormat } from '@/lib/intl-formats';
import type { Direction } from '../utils/edit-alignment';
import type { ReviewPair } from '../utils/review-pairs';
import { PairEditor } from './pair-editor';
import { PairPager } from './pair-pager';

const pageSize = 100;

type Props = {
  pairs: readonly ReviewPair[];
  canMerge: (id: string) => boolean;
  onMerge: (id: string) => void;
  canShift: (id: string, side: Side, direction: Direction) => boolean;
  onShift: (id: string, side: Side, direction: Direction) => void;
  onSplit: (id: string, at: Record<Side, number>) => void;
};

/** The aligned pairs side by side, the doubtful ones flagged in words and with an icon. */
export function ReviewList({ pairs, canMerge, onMerge, canShift, onShift, onSplit }: Props) {
  const { t, i18n } = useTranslation('import');
  const [onlyLow, setOnlyLow] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const filterId = useId();
  const [start, setStart] = useState(0);
  const low = pairs.filter((pair) => pair.toCheck).length;
  const listed = onlyLow ? pairs.filter((pair) => pair.toCheck) : pairs;
  // An edit can shorten the list (a merge): stay on the last page there is.
  const first = Math.min(start, Math.max(0, Math.floor((listed.length - 1) / pageSize) * pageSize));
  const shown = listed.slice(first, first + pageSize);
  const numberOf = useMemo(
    () => new Map(pairs.map((pair, index) => [pair.id, index + 1])),
    [pairs],
  );
  const percent = numberFormat(i18n.language, { style: 'percent' });
  return (
    <>
      <p>{t('review.summary', { count: pairs.length, low })}</p>
      <div className="import-filter">
        <input
          id={filterId}
          type="checkbox"
          checked={onlyLow}
          onChange={(event) => {
            setOnlyLow(event.target.checked);
            setStart(0);
          }}
        />
        <label htmlFor={filterId}>{t('review.onlyLow')}</label>
      </div>
      <PairPager start={first} pageSize={pageSize} total={listed.length} onStart={setStart} />
      <table className="import-pairs">
        <thead>
          <tr>
            <th scope="col">{t('review.ru')}</th>
            <th scope="col">{t('review.en')}</th>
            <th scope="col">{t('review.confidence')}</th>
            <th scope="col">{t('review.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((pair) => (
            <Fragment key={pair.id}>
              <tr className={pair.toCheck ? 'import-pair--check' : undefined}>
                <td lang="ru">{pair.ru.join(' ') || t('review.empty')}</td>
                <td lang="en">{pair.en.join(' ') || t('review.empty')}</td>
                <td>
                  {percent.format(pair.confidence)}
                  {pair.toCheck && (
                    <strong className="import-flag">
                      <span aria-hidden="true">⚠ </span>
                      {t('review.toCheck')}
                    </strong>
                  )}
                </td>
                <td>
                  {canMerge(pair.id) && (
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onMerge(pair.id)}
                    >
                      {t('review.mergeLabel', { number: numberOf.get(pair.id) })}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small"
                    aria-expanded={editing === pair.id}
                    onClick={() => setEditing(editing === pair.id ? null : pair.id)}
                  >
                    {t('review.edit', { number: numberOf.get(pair.id) })}
                  </button>
                </td>
              </tr>
              {editing === pair.id && (
                <tr>
                  <td colSpan={4}>
                    <PairEditor
                      key={`${pair.ru.length}:${pair.en.length}`}
                      pair={pair}
                      canShift={(side, direction) => canShift(pair.id, side, direction)}
                      onShift={(side, direction) => onShift(pair.id, side, direction)}
                      onSplit={(at) => onSplit(pair.id, at)}
                    />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      <PairPager start={first} pageSize={pageSize} total={listed.length} onStart={setStart} />
    </>
  );
}
