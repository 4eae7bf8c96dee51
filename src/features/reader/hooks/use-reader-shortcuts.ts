import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../utils/dom-queries';
import { viewModes, type ViewMode } from '../utils/reader-settings';

type Shortcuts = {
  setView: (view: ViewMode) => void;
  swap: () => void;
  toggleQuotesOnly: () => void;
  openHelp: () => void;
};

/** Page-wide keys: 1–4 view modes, S swap, Q quotes only, ? help. Never while typing or in a dialog. */
export function useReaderShortcuts(shortcuts: Shortcuts) {
  const ref = useRef(shortcuts);
  useEffect(() => {
    ref.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      const view = viewModes[Number(event.key) - 1];
      if (view) ref.current.setView(view);
      else if (event.key === 's' || event.key === 'S') ref.current.swap();
      else if (event.key === 'q' || event.key === 'Q') ref.current.toggleQuotesOnly();
      else if (event.key === '?') ref.current.openHelp();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
