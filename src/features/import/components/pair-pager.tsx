import { useTranslation } from '@/lib/i18n/use-translation';
import { numberFormat } from '@/lib/intl-formats';

type Props = {
  /** Index of the first pair shown, and how many are shown per page. */
  start: number;
  pageSize: number;
  total: number;
  onStart: (start: number) => void;
};

/** Pages through a long alignment: a 2 MB text has thousands of pairs, too many for one table. */
export function PairPager({ start, pageSize, total, onStart }: Props) {
  const { t, i18n } = useTranslation('import');
  if (total <= pageSize) return null;
  const number = numberFormat(i18n.language);
  const end = Math.min(total, start + pageSize);
  return (
    <nav className="import-pager" aria-label={t('review.pages')}>
      <button
        type="button"
        className="button button--small"
        disabled={start === 0}
        onClick={() => onStart(Math.max(0, start - pageSize))}
      >
        {t('review.previousPage')}
      </button>
      <p className="import-pager-status">
        {t('review.pageStatus', {
          from: number.format(start + 1),
          to: number.format(end),
          total: number.format(total),
        })}
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={end >= total}
        onClick={() => onStart(start + pageSize)}
      >
        {t('review.nextPage')}
      </button>
    </nav>
  );
}
