import { useCallback, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import type { Glossary } from '@/content/glossary-schema';
import { afterNextPaint } from '@/lib/after-next-paint';
import { whenIdle } from '@/lib/when-idle';
import { describeTerm, useTermEvents, type TermTarget } from '../hooks/use-term-events';
import { EntryDetails } from './entry-details';

type Open = TermTarget & { pinned: boolean };

const gap = 8;

/**
 * Puts the card below its term, or above when there is more room there, and never over it: a card
 * taller than the room on either side is shortened (it scrolls). Over its term, it would also take
 * the release of the click that opened it, and the click would not pin it.
 */
function place(card: HTMLElement, anchor: HTMLElement) {
  card.style.removeProperty('max-height');
  if (window.matchMedia('(max-width: 599.98px)').matches) {
    card.style.removeProperty('top');
    card.style.removeProperty('left');
    return; // a bottom sheet, by CSS
  }
  const rect = anchor.getBoundingClientRect();
  const height = card.offsetHeight;
  const width = card.offsetWidth;
  const below = window.innerHeight - rect.bottom - 2 * gap;
  const above = rect.top - 2 * gap;
  const downwards = below >= height || below >= above;
  const room = Math.max(0, downwards ? below : above);
  if (height > room) card.style.maxHeight = `${room}px`;
  const shown = Math.min(height, room);
  const top = downwards ? rect.bottom + gap : rect.top - gap - shown;
  const left = Math.min(Math.max(gap, rect.left), window.innerWidth - width - gap);
  card.style.top = `${top + window.scrollY}px`;
  card.style.left = `${left + window.scrollX}px`;
}

function lightCounterparts(occurrence: string | undefined) {
  for (const element of document.querySelectorAll('[data-highlight-term]'))
    element.removeAttribute('data-highlight-term');
  if (!occurrence) return;
  for (const element of document.querySelectorAll(
    `[data-term-occurrence="${CSS.escape(occurrence)}"]`,
  )) {
    element.setAttribute('data-highlight-term', '');
  }
}

export type TermCardProps = {
  loadGlossary: () => Promise<Glossary>;
  article: Article;
  /** A term clicked while the card's code was arriving: its card opens pinned. */
  clicked?: HTMLElement;
  /** Called once the card handles term events itself. */
  onReady?: () => void;
};

/** The term clicked, focused or pointed at while the card's code was arriving: its card opens. */
function firstTerm(clicked: HTMLElement | undefined): Open | undefined {
  if (clicked) return { ...describeTerm(clicked), pinned: true };
  const focused = document.activeElement?.closest<HTMLElement>('[data-term]');
  const term = focused ?? document.querySelector<HTMLElement>('[data-term]:hover');
  return term ? { ...describeTerm(term), pinned: false } : undefined;
}

/** The card for a term under the pointer or focus; a click pins it, Escape closes it. */
export function TermCard({ loadGlossary, article, clicked, onReady }: TermCardProps) {
  // The glossary's notes and grammar are not needed to read: fetched when idle, or at first use.
  const [glossary, setGlossary] = useState<Glossary>();
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    let live = true;
    // A failed preload is not an error yet: opening a card tries again.
    const load = () =>
      void loadGlossary().then(
        (loaded) => live && setGlossary(loaded),
        () => {},
      );
    const cancel = whenIdle(load, 3000);
    return () => {
      live = false;
      cancel();
    };
  }, [loadGlossary]);
  const { t } = useTranslation('vocabulary');
  const [open, setOpen] = useState<Open>();
  useEffect(() => {
    onReady?.();
    // The term clicked, focused or pointed at before the card's listeners were on (while its
    // code, then its texts, were loading) opens now.
    const term = firstTerm(clicked);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading focus, outside React
    if (term) setOpen((current) => current ?? term);
    // Once, when the card's code and texts have arrived.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const card = useRef<HTMLDivElement>(null);
  const headingId = useId();
  // Focus handed back to a term by closing its card must not open the card again.
  const returningTo = useRef<HTMLElement>(null);
  const entry = open && glossary?.entries.find((e) => e.id === open.entry);
  const hasEntry = Boolean(entry);
  useEffect(() => {
    if (open && !glossary) void loadGlossary().then(setGlossary, setFailure);
  }, [open, glossary, loadGlossary]);
  // A glossary that cannot load (offline, a failed chunk) is shown by the boundary, with a retry.
  if (failure !== undefined) throw failure;

  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });

  const close = useCallback((returnFocus: boolean) => {
    const current = latest.current;
    setOpen(undefined);
    if (returnFocus && current) {
      returningTo.current = current.anchor;
      current.anchor.focus({ preventScroll: true });
    }
  }, []);

  useTermEvents(
    (term, how) => {
      if (how === 'focus' && returningTo.current === term.anchor) {
        returningTo.current = null;
        return;
      }
      setOpen((current) => {
        // A pinned card stays until another term is clicked or it is closed.
        if (current?.pinned && how !== 'click') return current;
        return { ...term, pinned: how === 'click' };
      });
    },
    () => setOpen((current) => (current?.pinned ? current : undefined)),
    (node) => card.current?.contains(node) ?? false,
  );

  useEffect(() => lightCounterparts(open?.occurrence), [open?.occurrence]);
  // Placed when it opens by another term or its entry arrives, not when a click pins it in place.
  const anchor = open?.anchor;
  useLayoutEffect(() => {
    if (anchor && card.current) place(card.current, anchor);
  }, [anchor, hasEntry]);
  useEffect(() => {
    if (!open?.pinned) return;
    // Moving focus shows nothing (no focus ring after a pointer) but costs focus events and style
    // work (≈ 3 ms in a trace), so it follows the paint that shows the pinned card.
    return afterNextPaint(() => card.current?.focus({ preventScroll: true }));
    // Also when the glossary arrives after the click: only then is the card drawn.
  }, [open?.pinned, open?.occurrence, hasEntry]);
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close(true);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!card.current?.contains(target) && !open.anchor.contains(target)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, close]);

  if (!open || !entry) return null;
  return createPortal(
    <div
      ref={card}
      className="term-card"
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      onPointerLeave={(event) => {
        if (!open.pinned && !open.anchor.contains(event.relatedTarget as Node)) close(false);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!open.pinned && next && !card.current?.contains(next) && next !== open.anchor)
          close(false);
      }}
    >
      <button
        type="button"
        className="term-card-close button button--small"
        onClick={() => close(true)}
      >
        {t('card.close')}
      </button>
      <EntryDetails
        entry={entry}
        article={article}
        articleHref={window.location.pathname + window.location.search}
        headingId={headingId}
        headingLevel={2}
      />
    </div>,
    document.body,
  );
}
