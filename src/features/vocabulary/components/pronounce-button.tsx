import { useId, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { withoutStress } from '@/content/stress';
import { useRussianSpeech } from '../hooks/use-speech';

/** Speaks a Russian word; where the browser cannot, pressing the button says why. */
export function PronounceButton({ text }: { text: string }) {
  const { t } = useTranslation('vocabulary');
  const { support, speak } = useRussianSpeech();
  const [explained, setExplained] = useState(false);
  const reasonId = useId();
  const reason =
    support === 'unsupported'
      ? t('card.noSpeech')
      : support === 'noVoice'
        ? t('card.noVoice')
        : undefined;
  return (
    <span className="pronounce">
      <button
        type="button"
        className="button button--small"
        aria-describedby={reason && explained ? reasonId : undefined}
        title={reason}
        onClick={() => {
          if (reason) setExplained(true);
          else speak(withoutStress(text));
        }}
      >
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" focusable="false">
          <path d="M2 6h3l4-3v10l-4-3H2z" fill="currentColor" />
          <path
            d="M11 5.5a3.5 3.5 0 0 1 0 5M12.5 3.5a6 6 0 0 1 0 9"
            stroke="currentColor"
            strokeWidth="1.4"
            fill="none"
            strokeLinecap="round"
          />
        </svg>
        {t('card.pronounce')}
      </button>
      <span id={reasonId} className="pronounce-reason" role="status">
        {reason && explained ? reason : ''}
      </span>
    </span>
  );
}
