import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
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
  extra?: ReactNode;
};

/** Text size, line spacing and theme in a small disclosure panel; Escape or a click outside closes it. */
export function DisplaySettings({ settings, onChange, extra }: Props) {
  const { t } = useTranslation('reader');
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="disclosure" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('display.title')}
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
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
        {extra}
      </div>
    </div>
  );
}
