import { useEffect, useRef } from 'react';

export type TermTarget = { entry: string; occurrence: string; anchor: HTMLElement };
type How = 'hover' | 'focus' | 'click';

const termOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('[data-term]') : null;

export const describeTerm = (element: HTMLElement): TermTarget => ({
  entry: element.dataset.term ?? '',
  occurrence: element.dataset.termOccurrence ?? '',
  anchor: element,
});

/**
 * Hover (after a short pause), focus or a click/tap on any `[data-term]` in the page opens its
 * card; leaving closes a card that was not clicked open. One set of listeners for all terms.
 */
export function useTermEvents(
  onOpen: (term: TermTarget, how: How) => void,
  onLeave: () => void,
  cardContains: (node: Node) => boolean,
) {
  const handlers = useRef({ onOpen, onLeave, cardContains });
  useEffect(() => {
    handlers.current = { onOpen, onLeave, cardContains };
  });

  useEffect(() => {
    let hoverTimer: ReturnType<typeof setTimeout> | undefined;
    const onPointerOver = (event: PointerEvent) => {
      const term = termOf(event.target);
      if (!term || event.pointerType === 'touch') return;
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => handlers.current.onOpen(describeTerm(term), 'hover'), 300);
    };
    const onLeave = (event: PointerEvent | FocusEvent) => {
      if (!termOf(event.target)) return;
      clearTimeout(hoverTimer);
      const next = event.relatedTarget;
      if (next instanceof Node && (handlers.current.cardContains(next) || termOf(next))) return;
      handlers.current.onLeave();
    };
    const onFocusIn = (event: FocusEvent) => {
      const term = termOf(event.target);
      if (term) handlers.current.onOpen(describeTerm(term), 'focus');
    };
    const onClick = (event: MouseEvent) => {
      const term = termOf(event.target);
      if (!term || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault(); // the link leads to the vocabulary page only without script or with a modifier
      clearTimeout(hoverTimer);
      handlers.current.onOpen(describeTerm(term), 'click');
    };
    document.addEventListener('pointerover', onPointerOver);
    document.addEventListener('pointerout', onLeave);
    document.addEventListener('focusout', onLeave);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('click', onClick);
    return () => {
      clearTimeout(hoverTimer);
      document.removeEventListener('pointerover', onPointerOver);
      document.removeEventListener('pointerout', onLeave);
      document.removeEventListener('focusout', onLeave);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('click', onClick);
    };
  }, []);
}
