import { useEffect, useRef, type RefObject } from 'react';
import {
  counterparts,
  isTypingTarget,
  navigableParagraphs,
  navigableSentences,
} from '../utils/dom-queries';

type Handlers = {
  /** Reveal or hide a paragraph's translation (one-language views). */
  toggleReveal: (paragraphId: string) => void;
  isRevealed: (paragraphId: string) => boolean;
  single: boolean;
};

function focus(element: HTMLElement | undefined) {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'nearest', behavior: 'auto' });
}

/**
 * Keyboard reading inside the text: ↓/↑ (J/K) paragraph by paragraph, →/← (L/H) sentence by
 * sentence, X to the matching text in the other language, Enter to reveal, Home/End.
 */
export function useTextKeyboard(containerRef: RefObject<HTMLElement | null>, handlers: Handlers) {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const target = event.target as HTMLElement;
      if (target.closest('button, a')) return; // their own keys (Enter, Space) stay theirs
      const column = target.closest<HTMLElement>('.column');
      const paragraph = target.closest<HTMLElement>('.para');
      if (!column || !paragraph) return;
      const paragraphs = navigableParagraphs(column);
      const ownParagraph = paragraph.classList.contains('para--translation')
        ? (paragraph.parentElement?.querySelector<HTMLElement>('.para:not(.para--translation)') ??
          paragraph)
        : paragraph;
      const index = paragraphs.indexOf(ownParagraph);
      const id = ownParagraph.dataset.paragraph ?? '';
      const { single, toggleReveal, isRevealed } = ref.current;

      const moveSentence = (step: 1 | -1) => {
        const sentences = navigableSentences(column);
        const at = sentences.indexOf(target.closest<HTMLElement>('.sentence') as HTMLElement);
        const first = sentences.findIndex((sentence) => ownParagraph.contains(sentence));
        // From a paragraph (not one of its sentences), → enters it and ← goes to the one before.
        const next = at >= 0 ? at + step : step === 1 ? first : first - 1;
        focus(sentences[Math.min(sentences.length - 1, Math.max(0, next))]);
      };

      const key = event.key;
      if (key === 'ArrowDown' || key === 'j' || key === 'J')
        focus(paragraphs[Math.min(paragraphs.length - 1, index + 1)]);
      else if (key === 'ArrowUp' || key === 'k' || key === 'K')
        focus(paragraphs[Math.max(0, index - 1)]);
      else if (key === 'ArrowRight' || key === 'l' || key === 'L') moveSentence(1);
      else if (key === 'ArrowLeft' || key === 'h' || key === 'H') moveSentence(-1);
      else if (key === 'Home') focus(paragraphs[0]);
      else if (key === 'End') focus(paragraphs.at(-1));
      else if (key === 'Enter' && single) toggleReveal(id);
      else if (key === 'x' || key === 'X') {
        const source = target.closest<HTMLElement>('.sentence') ?? paragraph;
        const other = counterparts(container, source)[0];
        if (other) focus(other);
        else if (single && !isRevealed(id)) {
          toggleReveal(id);
          // The translation renders on the next frame; then move to its first matching element.
          requestAnimationFrame(() => focus(counterparts(container, source)[0]));
        }
      } else return;
      event.preventDefault();
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [containerRef]);
}
