import { useEffect } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { CounterpartHint } from '../hooks/use-linked-highlight';
import { offscreen } from '../utils/dom-queries';

type Props = { hint: CounterpartHint; onDismiss: () => void; topInset: () => number };

/** Says that the matching text is off screen, and brings it into view on click. */
export function CounterpartIndicator({ hint, onDismiss, topInset }: Props) {
  const { t } = useTranslation('reader');
  useEffect(() => {
    if (!hint) return;
    // Once the counterpart scrolls into view by any means, the hint has done its job.
    const onScroll = () => {
      if (!offscreen(hint.target, topInset())) onDismiss();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [hint, onDismiss, topInset]);

  if (!hint) return null;
  return (
    <button
      type="button"
      className={`counterpart-indicator counterpart-indicator--${hint.direction}`}
      onClick={() => {
        hint.target.scrollIntoView({ block: 'center' });
        hint.target.focus({ preventScroll: true });
        onDismiss();
      }}
    >
      <span aria-hidden="true">{hint.direction === 'above' ? '↑ ' : '↓ '}</span>
      {t(hint.direction === 'above' ? 'counterpart.above' : 'counterpart.below')}
    </button>
  );
}
