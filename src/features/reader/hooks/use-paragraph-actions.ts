import { useEffect, useRef, type RefObject } from 'react';

type Actions = {
  single: boolean;
  toggleReveal: (paragraphId: string) => void;
  copyLink: (paragraphId: string) => void;
};

/**
 * One listener for the whole text: reveal buttons, copy-link buttons, and — in a one-language
 * view — a click (tap) on a paragraph, unless the reader was selecting text.
 */
export function useParagraphActions(containerRef: RefObject<HTMLElement | null>, actions: Actions) {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // A double click selects a word: its first click has already toggled, so the second undoes it.
    let lastToggle: { id: string; at: number } | undefined;
    const onDoubleClick = () => {
      if (lastToggle && performance.now() - lastToggle.at < 600)
        ref.current.toggleReveal(lastToggle.id);
      lastToggle = undefined;
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const reveal = target.closest<HTMLElement>('[data-reveal]')?.dataset.reveal;
      const link = target.closest<HTMLElement>('[data-copy-link]')?.dataset.copyLink;
      if (reveal) return ref.current.toggleReveal(reveal);
      if (link) return ref.current.copyLink(link);
      if (!ref.current.single || target.closest('a, button, [data-term]')) return;
      if (event.detail > 1 || !window.getSelection()?.isCollapsed) return;
      const paragraph = target
        .closest<HTMLElement>('.cell')
        ?.querySelector<HTMLElement>('.para:not(.para--translation)');
      const id = paragraph?.dataset.paragraph;
      if (!id) return;
      ref.current.toggleReveal(id);
      lastToggle = { id, at: performance.now() };
    };
    container.addEventListener('click', onClick);
    container.addEventListener('dblclick', onDoubleClick);
    return () => {
      container.removeEventListener('click', onClick);
      container.removeEventListener('dblclick', onDoubleClick);
    };
  }, [containerRef]);
}
