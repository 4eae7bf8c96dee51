import { useTranslation } from 'react-i18next';
import {
  fontSizes,
  lineSpacings,
  stepFontSize,
  themes,
  type ReaderSettings,
} from '../utils/reader-settings';

/** A drawn minus or plus: an icon, not text, so the button's name is its label alone. */
function StepIcon({ plus }: { plus: boolean }) {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14" focusable="false">
      <path
        d={plus ? 'M2 7h10M7 2v10' : 'M2 7h10'}
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

type Props = {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** The panel's id: the fields' ids and radio group names are derived from it. */
  panelId: string;
};

/** Text size, line spacing and theme: the display panel's own fields. */
export function DisplaySettingsFields({ settings, onChange, panelId }: Props) {
  const { t } = useTranslation('reader');
  return (
    <>
      <div className="setting" role="group" aria-labelledby={`${panelId}-size`}>
        <span id={`${panelId}-size`} className="setting-label">
          {t('display.fontSize')}
        </span>
        <button
          type="button"
          className="button button--small"
          aria-label={t('display.smaller')}
          disabled={settings.fontSize <= Math.min(...fontSizes)}
          onClick={() => onChange({ fontSize: stepFontSize(settings.fontSize, -1) })}
        >
          <StepIcon plus={false} />
        </button>
        <output aria-live="polite">{settings.fontSize} px</output>
        <button
          type="button"
          className="button button--small"
          aria-label={t('display.larger')}
          disabled={settings.fontSize >= Math.max(...fontSizes)}
          onClick={() => onChange({ fontSize: stepFontSize(settings.fontSize, 1) })}
        >
          <StepIcon plus />
        </button>
      </div>
      <fieldset className="setting">
        <legend className="setting-label">{t('display.lineSpacing')}</legend>
        {lineSpacings.map((spacing) => (
          <label key={spacing}>
            <input
              type="radio"
              name={`${panelId}-spacing`}
              checked={settings.lineSpacing === spacing}
              onChange={() => onChange({ lineSpacing: spacing })}
            />
            {t(`display.${spacing}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="setting">
        <legend className="setting-label">{t('display.theme')}</legend>
        {themes.map((theme) => (
          <label key={theme}>
            <input
              type="radio"
              name={`${panelId}-theme`}
              checked={settings.theme === theme}
              onChange={() => onChange({ theme })}
            />
            {t(`display.${theme}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
