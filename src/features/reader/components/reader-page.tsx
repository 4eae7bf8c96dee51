import {
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { FeatureBoundary } from '@/components/feature-boundary';
import { clearFirstPaintAttributes } from '@/lib/first-paint';
import { retryableLazy } from '@/lib/retryable-lazy';
import type { Article } from '@/content/article-schema';
import { useLinkedHighlight, type CounterpartHint } from '../hooks/use-linked-highlight';
import { useParagraphActions } from '../hooks/use-paragraph-actions';
import { useReaderSettings } from '../hooks/use-reader-settings';
import { useReaderShortcuts } from '../hooks/use-reader-shortcuts';
import { showParagraph, useReadingPosition } from '../hooks/use-reading-position';
import { useTextKeyboard } from '../hooks/use-text-keyboard';
import { byAttribute, inShownColumn } from '../utils/dom-queries';
import { isSingleLanguage } from '../utils/reader-settings';
import { speakerCounts, type QuotePair } from '../utils/speech-summary';
import type { AboutData } from './about-text';
import { ArticleHeader } from './article-header';
import { CounterpartIndicator } from './counterpart-indicator';
import { ParallelText } from './parallel-text';
import type { RenderTextRun } from './paragraph-text';
import '../reader.css';
import { ReaderToolbar } from './reader-toolbar';
import { SpeakerLegend } from './speaker-legend';

// Dialogs are not needed to read: their code arrives when first opened, and they stay mounted
// after that, so that closing them hands focus back as a native <dialog> does.
const QuotesPanel = retryableLazy(() =>
  import('./quotes-panel').then((m) => ({ default: m.QuotesPanel })),
);
const ShortcutsHelp = retryableLazy(() =>
  import('./shortcuts-help').then((m) => ({ default: m.ShortcutsHelp })),
);

type Props = {
  article: Article;
  renderTextRun?: RenderTextRun;
  toolbarExtra?: ReactNode;
  /** Notes and editorial changes, when the article leaves them out; by default its own. */
  loadAbout?: () => Promise<AboutData>;
};

const toolbarHeight = () =>
  document.querySelector('.reader-toolbar')?.getBoundingClientRect().bottom ?? 0;

export function ReaderPage({ article, renderTextRun, toolbarExtra, loadAbout }: Props) {
  const aboutLoader = useMemo(
    () => loadAbout ?? (() => Promise.resolve(article)),
    [loadAbout, article],
  );
  const { t } = useTranslation('reader');
  const [settings, updateSettings, settingsLive] = useReaderSettings();
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  const [current, setCurrent] = useState(article.paragraphs[0]?.id ?? '');
  const [quotesOnly, setQuotesOnly] = useState(false);
  const [speakerFilter, setSpeakerFilter] = useState<string>();
  const [hint, setHint] = useState<CounterpartHint>();
  const [dialog, setDialogState] = useState<'quotes' | 'shortcuts'>();
  const [dialogsUsed, setDialogsUsed] = useState<ReadonlySet<string>>(new Set());
  const setDialog = useCallback((next: 'quotes' | 'shortcuts' | undefined) => {
    setDialogState(next);
    if (next) setDialogsUsed((used) => (used.has(next) ? used : new Set(used).add(next)));
  }, []);
  const [status, setStatus] = useState('');
  const container = useRef<HTMLDivElement>(null);
  const single = isSingleLanguage(settings.view);

  const speakerIndex = useMemo(() => new Map(article.speakers.map((s, i) => [s.id, i])), [article]);
  const counts = useMemo(() => speakerCounts(article), [article]);
  const numberOf = useCallback(
    (id: string) => article.paragraphs.findIndex((p) => p.id === id) + 1,
    [article],
  );

  const toggleReveal = useCallback((id: string) => {
    setRevealed((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);

  const copyLink = useCallback(
    async (id: string) => {
      const url = new URL(window.location.href);
      url.hash = id;
      try {
        await navigator.clipboard.writeText(url.href);
        setStatus(t('paragraph.linkCopied', { n: numberOf(id) }));
      } catch {
        window.history.replaceState(window.history.state, '', url);
        setStatus(t('paragraph.linkNotCopied', { n: numberOf(id) }));
      }
    },
    [numberOf, t],
  );

  const dismissHint = useCallback(() => setHint(undefined), []);
  useLinkedHighlight(container, setHint, toolbarHeight);
  useTextKeyboard(container, { single, toggleReveal, isRevealed: (id) => revealed.has(id) });
  useParagraphActions(container, { single, toggleReveal, copyLink: (id) => void copyLink(id) });
  useReadingPosition(container, article.id, setCurrent);
  useReaderShortcuts({
    setView: (view) => updateSettings({ view }),
    swap: () => updateSettings({ swapped: !settings.swapped }),
    toggleQuotesOnly: () => setQuotesOnly((on) => !on),
    openHelp: () => setDialog('shortcuts'),
  });

  // The page's first paint may have shown the reader's text size, line spacing and view from
  // attributes the service worker put on <html>; once this page shows the same, they go.
  useLayoutEffect(() => {
    if (settingsLive) clearFirstPaintAttributes();
  }, [settingsLive]);

  // A speaker filter dims the other speakers' quotes: attributes, so the text itself never re-renders.
  // Both columns stay mounted whatever the view, so only a revealed translation brings new quotes.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // The usual case, no filter now or before: no walk over every quote.
    if (speakerFilter === undefined && !root.querySelector('[data-filtered-out]')) return;
    for (const element of root.querySelectorAll<HTMLElement>(
      '[data-speaker], [data-reported-by]',
    )) {
      const speaker = element.dataset.speaker ?? element.dataset.reportedBy;
      element.toggleAttribute(
        'data-filtered-out',
        speakerFilter !== undefined && speaker !== speakerFilter,
      );
    }
  }, [speakerFilter, revealed]);

  const jumpToQuote = useCallback((quote: QuotePair) => {
    setDialogState(undefined);
    const root = container.current;
    if (!root) return;
    showParagraph(root, quote.paragraphId);
    const segment = root.querySelector<HTMLElement>(
      inShownColumn(byAttribute('data-quote', quote.ref)),
    );
    segment?.closest<HTMLElement>('.sentence')?.focus({ preventScroll: true });
    setCurrent(quote.paragraphId);
  }, []);
  const closeDialog = useCallback(() => setDialogState(undefined), []);
  const filterSpeaker = useCallback((speaker: string | undefined) => {
    setSpeakerFilter(speaker);
    setQuotesOnly(speaker !== undefined);
  }, []);
  // Memoised, with the header, so that a view switch does not re-render what it does not change.
  const legend = useMemo(
    () => (
      <FeatureBoundary feature="speakers">
        <SpeakerLegend
          speakers={article.speakers}
          counts={counts}
          speakerIndex={speakerIndex}
          filter={speakerFilter}
          onFilter={filterSpeaker}
        />
      </FeatureBoundary>
    ),
    [article.speakers, counts, speakerIndex, speakerFilter, filterSpeaker],
  );

  const allRevealed = revealed.size === article.paragraphs.length;
  const style = { '--reader-font-size': `${settings.fontSize}px` } as CSSProperties;

  return (
    <article
      className="reader"
      data-line-spacing={settings.lineSpacing}
      style={style}
      aria-labelledby="article-headline"
    >
      <ArticleHeader article={article} legend={legend} loadAbout={aboutLoader} />
      <FeatureBoundary feature="toolbar">
        <ReaderToolbar
          settings={settings}
          onSettings={updateSettings}
          allRevealed={allRevealed}
          onRevealAll={(reveal) =>
            setRevealed(new Set(reveal ? article.paragraphs.map((p) => p.id) : []))
          }
          quotesOnly={quotesOnly}
          onQuotesOnly={(on) => {
            setQuotesOnly(on);
            if (!on) setSpeakerFilter(undefined);
          }}
          onOpenQuotes={() => setDialog('quotes')}
          onOpenShortcuts={() => setDialog('shortcuts')}
          extra={toolbarExtra}
        />
      </FeatureBoundary>
      {/* In the page in every view, so that a first paint in a returning reader's one-language view
          (decision record 14) can show it before this renders. */}
      <p className="reveal-hint" hidden={!single}>
        {t('reveal.hint')}
      </p>
      <div
        className="reader-text"
        data-view={settings.view}
        data-quotes-only={quotesOnly || undefined}
        onFocus={(event) => {
          const id = (event.target as HTMLElement)
            .closest<HTMLElement>('.cell')
            ?.querySelector<HTMLElement>('.para')?.dataset.paragraph;
          if (id) setCurrent(id);
        }}
      >
        <ParallelText
          article={article}
          view={settings.view}
          swapped={settings.swapped}
          revealed={revealed}
          currentParagraph={current}
          speakerIndex={speakerIndex}
          renderTextRun={renderTextRun}
          containerRef={container}
        />
      </div>
      <CounterpartIndicator hint={hint} onDismiss={dismissHint} topInset={toolbarHeight} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      <FeatureBoundary feature="quotes">
        {dialogsUsed.has('quotes') && (
          <Suspense fallback={null}>
            <QuotesPanel
              open={dialog === 'quotes'}
              onClose={closeDialog}
              article={article}
              speakerIndex={speakerIndex}
              onJump={jumpToQuote}
            />
          </Suspense>
        )}
      </FeatureBoundary>
      <FeatureBoundary feature="shortcuts">
        {dialogsUsed.has('shortcuts') && (
          <Suspense fallback={null}>
            <ShortcutsHelp open={dialog === 'shortcuts'} onClose={closeDialog} />
          </Suspense>
        )}
      </FeatureBoundary>
    </article>
  );
}
