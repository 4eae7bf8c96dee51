import { memo, useMemo } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import { Dialog } from '@/components/ui/dialog';
import { quotePairs, type QuotePair } from '../utils/speech-summary';

type Props = {
  open: boolean;
  onClose: () => void;
  article: Article;
  speakerIndex: ReadonlyMap<string, number>;
  onJump: (quote: QuotePair) => void;
};

/** Every quote as a Russian/English pair, in order; choosing one jumps to it in the text. */
export const QuotesPanel = memo(function QuotesPanel({
  open,
  onClose,
  article,
  speakerIndex,
  onJump,
}: Props) {
  const { t, i18n } = useTranslation('reader');
  // Here, not in the reader: the panel's code loads when it is first opened, and so does this.
  const quotes = useMemo(() => quotePairs(article), [article]);
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const speakerName = (id: string) =>
    article.speakers.find((s) => s.id === id)?.name[language] ?? id;
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('quotes.panelTitle')}
      closeLabel={t('quotes.close')}
      className="quotes-panel"
    >
      {quotes.length === 0 ? (
        <p>{t('quotes.empty')}</p>
      ) : (
        <ol className="quote-list">
          {quotes.map((quote) => (
            <li
              key={quote.ref}
              className="quote-item"
              data-speaker-colour={speakerIndex.get(quote.speaker) ?? 0}
            >
              <p className="quote-item-speaker" lang={language}>
                {speakerName(quote.speaker)}
              </p>
              <blockquote lang="ru">{quote.ru}</blockquote>
              <blockquote lang="en">{quote.en}</blockquote>
              <button type="button" className="button button--small" onClick={() => onJump(quote)}>
                {t('quotes.jump')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </Dialog>
  );
});
