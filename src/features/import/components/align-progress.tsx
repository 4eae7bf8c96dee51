import { useTranslation } from '@/lib/i18n/use-translation';

type Props = { fraction: number; onCancel: () => void };

export function AlignProgress({ fraction, onCancel }: Props) {
  const { t } = useTranslation('import');
  const percent = Math.round(fraction * 100);
  return (
    <div className="import-progress">
      <div
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="import-progress-bar"
      >
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <button type="button" className="button" onClick={onCancel}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
