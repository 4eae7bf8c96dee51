import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { FeatureBoundary } from '@/components/feature-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import { whenIdle } from '@/lib/when-idle';
import type { TermCardProps } from './term-card';
import '../terms.css';

const TermCard = retryableLazy(() => import('./term-card').then((m) => ({ default: m.TermCard })));

const termAt = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest<HTMLElement>('[data-term]') ?? undefined) : undefined;

type Props = Omit<TermCardProps, 'clicked' | 'onReady'>;

/**
 * The term card's code is not needed to read: it loads when the page is idle, or as soon as a
 * term is pointed at, focused or clicked. A click that comes before the code does not follow the
 * term's link: the card opens, pinned, when it arrives. In its own error boundary: a failing card
 * never takes the text with it.
 */
export function TermCardHost(props: Props) {
  const [wanted, setWanted] = useState(false);
  const [clicked, setClicked] = useState<HTMLElement>();
  // These stand-ins are for the time before the card listens itself: it stops them when ready.
  const stopStandIns = useRef(() => {});
  useEffect(() => {
    const listening = new AbortController();
    const { signal } = listening;
    const onIntent = (event: Event) => {
      if (termAt(event.target)) setWanted(true);
    };
    const onClick = (event: MouseEvent) => {
      const term = termAt(event.target);
      if (!term || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      setClicked(term);
      setWanted(true);
    };
    document.addEventListener('pointerover', onIntent, { signal });
    document.addEventListener('focusin', onIntent, { signal });
    document.addEventListener('click', onClick, { signal });
    const cancelIdle = whenIdle(() => setWanted(true), 3000);
    stopStandIns.current = () => {
      listening.abort();
      cancelIdle();
    };
    return stopStandIns.current;
  }, []);
  const onReady = useCallback(() => stopStandIns.current(), []);
  return (
    <FeatureBoundary feature="termCard">
      {wanted && (
        <Suspense fallback={null}>
          <TermCard {...props} clicked={clicked} onReady={onReady} />
        </Suspense>
      )}
    </FeatureBoundary>
  );
}
