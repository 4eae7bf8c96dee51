import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { FeatureBoundary } from '@/components/feature-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
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
  const ready = useRef(false);
  useEffect(() => {
    const onIntent = (event: Event) => {
      if (termAt(event.target)) setWanted(true);
    };
    const onClick = (event: MouseEvent) => {
      const term = termAt(event.target);
      if (ready.current || !term || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      setClicked(term);
      setWanted(true);
    };
    const onIdle = () => setWanted(true);
    const idle =
      window.requestIdleCallback?.(onIdle, { timeout: 3000 }) ?? window.setTimeout(onIdle, 1500);
    document.addEventListener('pointerover', onIntent);
    document.addEventListener('focusin', onIntent);
    document.addEventListener('click', onClick);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
      document.removeEventListener('click', onClick);
    };
  }, []);
  const onReady = useCallback(() => {
    ready.current = true;
  }, []);
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
