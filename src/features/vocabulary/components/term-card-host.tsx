import { Suspense, useEffect, useState } from 'react';
import { FeatureBoundary } from '@/components/feature-boundary';
import { retryableLazy } from '@/lib/retryable-lazy';
import type { TermCardProps } from './term-card';
import '../terms.css';

const TermCard = retryableLazy(() => import('./term-card').then((m) => ({ default: m.TermCard })));

const isTerm = (target: EventTarget | null) =>
  target instanceof Element && target.closest('[data-term]') !== null;

/**
 * The term card's code is not needed to read: it loads when the page is idle, or as soon as a
 * term is pointed at or focused (that term's card then opens). Until then a term is a plain link
 * to its vocabulary entry. In its own error boundary: a failing card never takes the text with it.
 */
export function TermCardHost(props: TermCardProps) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const onIntent = (event: Event) => {
      if (isTerm(event.target)) setWanted(true);
    };
    const onIdle = () => setWanted(true);
    const idle =
      window.requestIdleCallback?.(onIdle, { timeout: 3000 }) ?? window.setTimeout(onIdle, 1500);
    document.addEventListener('pointerover', onIntent);
    document.addEventListener('focusin', onIntent);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      document.removeEventListener('pointerover', onIntent);
      document.removeEventListener('focusin', onIntent);
    };
  }, [wanted]);
  return (
    <FeatureBoundary feature="termCard">
      {wanted && (
        <Suspense fallback={null}>
          <TermCard {...props} />
        </Suspense>
      )}
    </FeatureBoundary>
  );
}
