import { useEffect, type RefObject } from 'react';
import * as v from 'valibot';
import { notArray } from '@/lib/schema-parts';
import { storedValue } from '@/lib/storage';
import { byAttribute, inShownColumn } from '../utils/dom-queries';

const positions = storedValue('reading-position', notArray(v.record(v.string(), v.string())), {});

const paragraphFromHash = (hash: string) => /^#([a-z0-9-]+)$/.exec(hash)?.[1];

/** Scrolls to a paragraph and marks the pair, as a deep link does. */
export function showParagraph(container: HTMLElement, paragraphId: string, { mark = true } = {}) {
  const pair = [
    ...container.querySelectorAll<HTMLElement>(
      inShownColumn(`.cell > ${byAttribute('data-paragraph', paragraphId)}`),
    ),
  ];
  const first = pair[0];
  if (!first) return false;
  first.scrollIntoView({ block: 'start' });
  if (mark) {
    for (const element of container.querySelectorAll('[data-arrived]'))
      element.removeAttribute('data-arrived');
    for (const element of pair) element.setAttribute('data-arrived', '');
  }
  return true;
}

/**
 * Deep links (#p5) scroll to and highlight a paragraph pair; otherwise the last reading position
 * of this article is restored. The topmost visible paragraph is remembered while reading.
 */
export function useReadingPosition(
  containerRef: RefObject<HTMLElement | null>,
  articleId: string,
  onArrive: (paragraphId: string) => void,
) {
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

    const arrive = (paragraphId: string | undefined, mark: boolean) => {
      if (paragraphId && showParagraph(container, paragraphId, { mark })) onArrive(paragraphId);
    };
    const fromHash = paragraphFromHash(window.location.hash);
    if (fromHash) arrive(fromHash, true);
    else {
      const saved = positions.read()[articleId];
      const first = container.querySelector<HTMLElement>(inShownColumn('.cell > .para'))?.dataset
        .paragraph;
      // Reading from the top is the default; only a position further down needs restoring.
      if (saved !== first) arrive(saved, false);
    }

    const onHashChange = () => arrive(paragraphFromHash(window.location.hash), true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const top = [
          ...container.querySelectorAll<HTMLElement>('.cell > .para[data-paragraph]'),
        ].find((element) => element.getBoundingClientRect().bottom > 80);
        const id = top?.dataset.paragraph;
        if (id) positions.write({ ...positions.read(), [articleId]: id });
      }, 250);
    };
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('scroll', onScroll);
    };
    // Runs once per article: later arrivals come through hashchange.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [containerRef, articleId]);
}
