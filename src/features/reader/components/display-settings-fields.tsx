import { useTranslation } from '@/lib/i18n/use-translation';
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

type ChoiceProps<T extends string> = {
  legend: string;
  name: string;
  choices: readonly T[];
  value: T;
  label: (choice: T) => string;
  onChange: (choice: T) => void;
};

/** One setting chosen among a few: a radio group with its legend. */
function ChoiceSetting<T extends string>(props: ChoiceProps<T>) {
  const { legend, name, choices, value, label, onChange } = props;
  return (
    <fieldset className="setting">
      <legend className="setting-label">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            checked={value === choice}
            onChange={() => onChange(choice)}
          />
          {label(choice)}
        </label>
      ))}
    </fieldset>
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
      <ChoiceSetting
        legend={t('display.lineSpacing')}
        name={`${panelId}-spacing`}
        choices={lineSpacings}
        value={settings.lineSpacing}
        label={(spacing) => t(`display.${spacing}`)}
        onChange={(lineSpacing) => onChange({ lineSpacing })}
      />
      <ChoiceSetting
        legend={t('display.theme')}
        name={`${panelId}-theme`}
        choices={themes}
        value={settings.theme}
        label={(theme) => t(`display.${theme}`)}
        onChange={(theme) => onChange({ theme })}
      />
    </>
  );
}
