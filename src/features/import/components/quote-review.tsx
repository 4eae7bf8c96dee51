import { useId, useMemo, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import { assignSpeaker, quotesOf, removeQuote, type QuoteSummary } from '../utils/edit-quotes';
import { MarkQuoteForm } from './mark-quote-form';
import { newSpeaker, SpeakerChoice, speakerPick } from './speaker-choice';
import { SpeakerNames } from './speaker-names';

type Change = (article: Article, message: string) => void;

const shownAtOnce = 50;

function QuoteRow({
  article,
  quote,
  number,
  onChange,
}: {
  article: Article;
  quote: QuoteSummary;
  number: number;
  onChange: Change;
}) {
  const { t } = useTranslation('import');
  const [name, setName] = useState({ ru: '', en: '' });
  const [value, setValue] = useState(quote.speaker);
  const choose = (next: string) => {
    setValue(next);
    if (next !== newSpeaker && next !== quote.speaker)
      onChange(assignSpeaker(article, quote.ref, { id: next }), t('quotes.speakerSet'));
  };
  const setNew = () => {
    const picked = speakerPick(value, name);
    if (!picked) return;
    onChange(assignSpeaker(article, quote.ref, picked), t('quotes.speakerSet'));
  };
  return (
    <tr>
      <td>{quote.paragraph}</td>
      <td lang="ru">
        {quote.text.ru || t('review.empty')}
        {quote.clause.ru && <span className="import-clause"> — {quote.clause.ru}</span>}
      </td>
      <td lang="en">
        {quote.text.en || t('review.empty')}
        {quote.clause.en && <span className="import-clause"> — {quote.clause.en}</span>}
      </td>
      <td>
        <SpeakerChoice
          label={t('quotes.speakerOf', { number })}
          speakers={article.speakers}
          value={value}
          onValue={choose}
          name={name}
          onName={setName}
        />
        {value === newSpeaker && (
          <button type="button" className="button button--small" onClick={setNew}>
            {t('quotes.setSpeaker')}
          </button>
        )}
      </td>
      <td>
        <button
          type="button"
          className="button button--small"
          aria-label={t('quotes.notQuoteLabel', { number })}
          onClick={() => onChange(removeQuote(article, quote.ref), t('quotes.removed'))}
        >
          {t('quotes.notQuote')}
        </button>
      </td>
    </tr>
  );
}

/** Direct speech as detected: the reader corrects who speaks, and what is or is not a quote. */
export function QuoteReview({ article, onChange }: { article: Article; onChange: Change }) {
  const { t } = useTranslation('import');
  const headingId = useId();
  const quotes = useMemo(() => quotesOf(article), [article]);
  const [all, setAll] = useState(false);
  const shown = all ? quotes : quotes.slice(0, shownAtOnce);
  return (
    <section className="import-quotes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('quotes.title')}</h2>
      <p>{quotes.length ? t('quotes.summary', { count: quotes.length }) : t('quotes.none')}</p>
      {quotes.length > 0 && (
        <table className="import-pairs">
          <thead>
            <tr>
              <th scope="col">{t('quotes.paragraph')}</th>
              <th scope="col">{t('review.ru')}</th>
              <th scope="col">{t('review.en')}</th>
              <th scope="col">{t('quotes.speaker')}</th>
              <th scope="col">{t('review.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((quote, index) => (
              <QuoteRow
                key={`${quote.ref}:${quote.speaker}`}
                article={article}
                quote={quote}
                number={index + 1}
                onChange={onChange}
              />
            ))}
          </tbody>
        </table>
      )}
      {!all && quotes.length > shownAtOnce && (
        <button type="button" className="button button--small" onClick={() => setAll(true)}>
          {t('quotes.showAll', { count: quotes.length })}
        </button>
      )}
      <SpeakerNames article={article} onChange={onChange} />
      <MarkQuoteForm article={article} onChange={onChange} />
    </section>
  );
}
