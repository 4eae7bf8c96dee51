import { memo } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article, Side } from '@/content/article-schema';
import type { GlossaryEntry } from '@/content/glossary-schema';
import { Link } from '@/lib/router';
import { termInSentence, type TermInSentence } from '../utils/occurrence-context';
import { GrammarLine } from './grammar-line';
import { PronounceButton } from './pronounce-button';
import { SaveWordButton } from './save-word-button';

function Sentence({ context, side }: { context: TermInSentence | undefined; side: Side }) {
  if (!context) return null;
  return (
    <p lang={side} className="occurrence-sentence">
      {context.sentence.slice(0, context.start)}
      <strong>{context.sentence.slice(context.start, context.end)}</strong>
      {context.sentence.slice(context.end)}
    </p>
  );
}

type Props = {
  entry: GlossaryEntry;
  article: Article;
  articleHref: string;
  headingId: string;
  headingLevel: 2 | 3;
};

/**
 * Everything about one glossary entry: the body of a term card and of a vocabulary page item.
 * Memoised: pinning a card (the click after the focus that opened it) re-renders the card, not
 * its every occurrence.
 */
export const EntryDetails = memo(function EntryDetails({
  entry,
  article,
  articleHref,
  headingId,
  headingLevel,
}: Props) {
  const { t, i18n } = useTranslation('vocabulary');
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const numberOf = (paragraph: string) =>
    article.paragraphs.findIndex((p) => p.id === paragraph) + 1;
  return (
    <div className="entry">
      <div className="entry-head">
        <Heading id={headingId} className="headword" lang="ru">
          {entry.headword}
        </Heading>
        <PronounceButton text={entry.headword} />
      </div>
      <GrammarLine entry={entry} />
      <p className="equivalents">
        <span className="label">{t('card.equivalents')}: </span>
        <span lang="en">{entry.en.join('; ')}</span>
      </p>
      <p lang={language}>
        <span className="label">{t('card.note')}: </span>
        {entry.note[language]}
      </p>
      {entry.falseFriend && (
        <p className="false-friend" lang={language}>
          <span className="label">
            <span aria-hidden="true">⚠ </span>
            {t('card.falseFriend')}:{' '}
          </span>
          {entry.falseFriend[language]}
        </p>
      )}
      <div className="entry-actions">
        <SaveWordButton entry={entry} article={article} />
      </div>
      <details className="occurrences">
        <summary>{t('card.occurrences', { count: entry.occurrences.length })}</summary>
        <ol>
          {entry.occurrences.map((occurrence) => (
            <li key={occurrence.id}>
              <Sentence context={termInSentence(article, occurrence, 'ru')} side="ru" />
              <Sentence context={termInSentence(article, occurrence, 'en')} side="en" />
              <Link href={`${articleHref}#${occurrence.paragraph}`}>
                {t('card.goTo', { n: numberOf(occurrence.paragraph) })}
              </Link>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
});
