import { useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Side } from '@/content/article-schema';
import type { Direction } from '../utils/edit-alignment';
import type { ReviewPair } from '../utils/review-pairs';

type Props = {
  pair: ReviewPair;
  canShift: (side: Side, direction: Direction) => boolean;
  onShift: (side: Side, direction: Direction) => void;
  onSplit: (at: Record<Side, number>) => void;
};

const moves = [
  ['ru', 'up'],
  ['ru', 'down'],
  ['en', 'up'],
  ['en', 'down'],
] as const;

/** Corrections for one pair: move a sentence across its borders, or split it in two. */
export function PairEditor({ pair, canShift, onShift, onSplit }: Props) {
  const { t } = useTranslation('import');
  const ids = { ru: useId(), en: useId() };
  const [at, setAt] = useState<Record<Side, number>>({
    ru: Math.min(1, pair.ru.length),
    en: Math.min(1, pair.en.length),
  });
  const total = pair.ru.length + pair.en.length;
  const splittable = total > 1;
  const kept = at.ru + at.en;
  const validSplit = kept > 0 && kept < total;

  return (
    <div className="import-pair-editor">
      <div className="import-toolbar">
        {moves
          .filter(([side, direction]) => canShift(side, direction))
          .map(([side, direction]) => (
            <button
              key={`${side}-${direction}`}
              type="button"
              className="button button--small"
              onClick={() => onShift(side, direction)}
            >
              {t(`review.shift.${side}.${direction}`)}
            </button>
          ))}
      </div>
      {splittable && (
        <form
          className="import-toolbar"
          onSubmit={(event) => {
            event.preventDefault();
            if (validSplit) onSplit(at);
          }}
        >
          {(['ru', 'en'] as const).map((side) => (
            <span key={side} className="import-split-field">
              <label htmlFor={ids[side]}>{t(`review.keep.${side}`)}</label>
              <select
                id={ids[side]}
                value={at[side]}
                onChange={(event) => setAt({ ...at, [side]: Number(event.target.value) })}
              >
                {Array.from({ length: pair[side].length + 1 }, (_, n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </span>
          ))}
          <button type="submit" className="button button--small" disabled={!validSplit}>
            {t('review.split')}
          </button>
        </form>
      )}
    </div>
  );
}
