// The reader's public hooks (data-paragraph, data-sentence, …) double as its internal selectors.

export const byAttribute = (name: string, value: string) => `[${name}="${CSS.escape(value)}"]`;

/** Matches `selector` only in the columns on show (a one-language view hides the other). */
export const inShownColumn = (selector: string) => `.column:not([hidden]) ${selector}`;

/** The paragraphs one can move between in a column (not revealed translations). */
export function navigableParagraphs(column: Element): HTMLElement[] {
  return [...column.querySelectorAll<HTMLElement>('.cell > .para:not(.para--translation)')];
}

export function navigableSentences(column: Element): HTMLElement[] {
  return [
    ...column.querySelectorAll<HTMLElement>('.cell > .para:not(.para--translation) .sentence'),
  ];
}

/** The elements answering `element` in the other language (other column or revealed translation). */
export function counterparts(container: Element, element: HTMLElement): HTMLElement[] {
  const paragraph = element.closest<HTMLElement>('.para');
  const sentence = element.closest<HTMLElement>('[data-sentence]');
  const selector = sentence
    ? byAttribute('data-sentence', sentence.dataset.sentence ?? '')
    : byAttribute('data-paragraph', paragraph?.dataset.paragraph ?? '');
  const language = paragraph?.lang;
  return [...container.querySelectorAll<HTMLElement>(inShownColumn(selector))].filter(
    (candidate) => candidate.closest<HTMLElement>('.para')?.lang !== language,
  );
}

export type Offscreen = 'above' | 'below' | undefined;

/** Whether an element is (all but a sliver) out of the viewport, and on which side. */
export function offscreen(element: Element, topInset = 0): Offscreen {
  const rect = element.getBoundingClientRect();
  const visible = Math.min(rect.bottom, window.innerHeight) - Math.max(rect.top, topInset);
  // Less than a line showing is as good as hidden.
  if (visible >= Math.min(24, rect.height)) return undefined;
  return rect.top + rect.height / 2 < topInset ? 'above' : 'below';
}

export function isTypingTarget(target: EventTarget | null) {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
