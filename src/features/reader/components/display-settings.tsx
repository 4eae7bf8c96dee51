import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { retryableLazy } from '@/lib/retryable-lazy';
import type { ReaderSettings } from '../utils/reader-settings';

// The fields are not needed to read: their code arrives when the panel is first opened.
const DisplaySettingsFields = retryableLazy(() =>
  import('./display-settings-fields').then((m) => ({ default: m.DisplaySettingsFields })),
);

type Props = {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  extra?: ReactNode;
};

/** Text size, line spacing and theme in a small disclosure panel; Escape or a click outside closes it. */
export function DisplaySettings({ settings, onChange, extra }: Props) {
  const { t } = useTranslation('reader');
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
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
        onClick={() => {
          setOpen(!open);
          setUsed(true);
        }}
      >
        {t('display.title')}
      </button>
      <div id={panelId} className="disclosure-panel" hidden={!open}>
        {used && (
          <Suspense fallback={null}>
            <DisplaySettingsFields settings={settings} onChange={onChange} panelId={panelId} />
          </Suspense>
        )}
        {extra}
      </div>
    </div>
  );
}
