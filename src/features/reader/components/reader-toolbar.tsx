import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { isSingleLanguage, type ReaderSettings } from '../utils/reader-settings';
import { DisplaySettings } from './display-settings';
import { ViewModeControl } from './view-mode-control';

type Props = {
  settings: ReaderSettings;
  onSettings: (change: Partial<ReaderSettings>) => void;
  allRevealed: boolean;
  onRevealAll: (reveal: boolean) => void;
  quotesOnly: boolean;
  onQuotesOnly: (on: boolean) => void;
  onOpenQuotes: () => void;
  onOpenShortcuts: () => void;
  /** Settings another feature adds to the Display panel (the glossary's term marks). */
  extra?: ReactNode;
};

export function ReaderToolbar(props: Props) {
  const {
    settings,
    onSettings,
    allRevealed,
    onRevealAll,
    quotesOnly,
    onQuotesOnly,
    onOpenQuotes,
    onOpenShortcuts,
    extra,
  } = props;
  const { t } = useTranslation('reader');
  const single = isSingleLanguage(settings.view);
  return (
    <div className="reader-toolbar" role="group" aria-label={t('display.toolbar')}>
      <ViewModeControl view={settings.view} onChange={(view) => onSettings({ view })} />
      {/* Both are in the page, one hidden, so that a first paint in a returning reader's view
          (decision record 14) can show the right one before this renders. */}
      <button
        type="button"
        className="button toolbar-reveal-all"
        hidden={!single}
        onClick={() => onRevealAll(!allRevealed)}
      >
        {allRevealed ? t('reveal.hideAll') : t('reveal.showAll')}
      </button>
      <button
        type="button"
        className="button toolbar-swap"
        hidden={single}
        aria-pressed={settings.swapped}
        title={t('view.swapDescription')}
        aria-keyshortcuts="S"
        onClick={() => onSettings({ swapped: !settings.swapped })}
      >
        {t('view.swap')}
      </button>
      <button
        type="button"
        className="button"
        aria-pressed={quotesOnly}
        aria-keyshortcuts="Q"
        onClick={() => onQuotesOnly(!quotesOnly)}
      >
        {t('quotes.quotesOnly')}
      </button>
      <button type="button" className="button" aria-haspopup="dialog" onClick={onOpenQuotes}>
        {t('quotes.panel')}
      </button>
      <DisplaySettings settings={settings} onChange={onSettings} extra={extra} />
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={onOpenShortcuts}
      >
        {t('shortcuts.open')}
      </button>
    </div>
  );
}
