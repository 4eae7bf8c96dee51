import { useTranslation } from '@/lib/i18n/use-translation';
import { viewModes, type ViewMode } from '../utils/reader-settings';

type Props = { view: ViewMode; onChange: (view: ViewMode) => void };

/** Native radio buttons styled as a segmented control: arrow keys move between modes. */
export function ViewModeControl({ view, onChange }: Props) {
  const { t } = useTranslation('reader');
  return (
    <fieldset className="segmented">
      <legend>{t('view.label')}</legend>
      {viewModes.map((mode, index) => (
        <label key={mode} className="segmented-option">
          <input
            type="radio"
            name="view-mode"
            value={mode}
            checked={view === mode}
            onChange={() => onChange(mode)}
            aria-keyshortcuts={String(index + 1)}
          />
          <span>{t(`view.${mode}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
