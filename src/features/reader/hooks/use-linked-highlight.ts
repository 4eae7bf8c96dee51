import { useEffect, useRef, type RefObject } from 'react';
import { byAttribute, counterparts, offscreen, type Offscreen } from '../utils/dom-queries';

export type CounterpartHint =
  { direction: Exclude<Offscreen, undefined>; target: HTMLElement } | undefined;

// Public hooks for tests and users' styles: data-highlight="active|linked" on sentences and
// paragraphs, data-highlight-speech on a quote and its attribution.
type Light = 'active' | 'linked' | 'speech';

/**
 * Hover or focus on a sentence lights up its aligned sentence(s) in the other language, and the
 * whole paragraph pair more faintly. Done with attributes on the elements, not React state, so that
 * moving the pointer over the text never re-renders it.
 */
export function useLinkedHighlight(
  containerRef: RefObject<HTMLElement | null>,
  onHint: (hint: CounterpartHint) => void,
  topInset: () => number,
) {
  const lit = useRef<Element[]>([]);
  const hintRef = useRef(onHint);
  const insetRef = useRef(topInset);
  useEffect(() => {
    hintRef.current = onHint;
    insetRef.current = topInset;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let lastSource: Element | null = null;

    const clear = () => {
      for (const element of lit.current) {
        element.removeAttribute('data-highlight');
        element.removeAttribute('data-highlight-speech');
      }
      lit.current = [];
      lastSource = null;
    };
    const light = (elements: Iterable<Element>, how: Light) => {
      for (const element of elements) {
        if (how === 'speech') element.setAttribute('data-highlight-speech', '');
        else element.setAttribute('data-highlight', how);
        lit.current.push(element);
      }
    };

    const highlightFrom = (target: EventTarget | null) => {
      if (!(target instanceof Element)) return;
      const source =
        target.closest<HTMLElement>('[data-sentence]') ?? target.closest<HTMLElement>('.para');
      if (source === lastSource) return;
      clear();
      if (!source) return;
      lastSource = source;
      const paragraph = source.closest<HTMLElement>('.para');
      if (paragraph) {
        light([paragraph], 'active');
        light(counterparts(container, paragraph), 'linked');
      }
      const others = source.matches('[data-sentence]') ? counterparts(container, source) : [];
      if (source.matches('[data-sentence]')) {
        const sameSide = [
          ...container.querySelectorAll(
            byAttribute('data-sentence', source.dataset.sentence ?? ''),
          ),
        ].filter((element) => !others.includes(element as HTMLElement));
        light(sameSide, 'active');
        light(others, 'linked');
      }
      const speech = target.closest<HTMLElement>(
        '[data-quote], [data-attribution-of], [data-reported]',
      );
      const ref =
        speech?.dataset.quote ?? speech?.dataset.attributionOf ?? speech?.dataset.reported;
      if (ref) {
        light(
          container.querySelectorAll(
            [
              byAttribute('data-quote', ref),
              byAttribute('data-attribution-of', ref),
              byAttribute('data-reported', ref),
            ].join(','),
          ),
          'speech',
        );
      }
      const first = others[0] ?? (paragraph ? counterparts(container, paragraph)[0] : undefined);
      const direction = first ? offscreen(first, insetRef.current()) : undefined;
      hintRef.current(first && direction ? { direction, target: first } : undefined);
    };

    const onPointerOver = (event: PointerEvent) => highlightFrom(event.target);
    const onFocusIn = (event: FocusEvent) => highlightFrom(event.target);
    const onLeave = () => clear();
    container.addEventListener('pointerover', onPointerOver);
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('pointerleave', onLeave);
    container.addEventListener('focusout', onLeave);
    return () => {
      container.removeEventListener('pointerover', onPointerOver);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('pointerleave', onLeave);
      container.removeEventListener('focusout', onLeave);
      clear();
    };
  }, [containerRef]);
}
