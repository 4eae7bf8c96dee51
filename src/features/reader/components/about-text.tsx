import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import type { AboutNotes } from './about-notes';

/** What "About this text" adds to the reading text; loaded when first opened. */
export type AboutData = Pick<Article, 'curations' | 'notes'>;

type Loaded = { data: AboutData; Notes: typeof AboutNotes };

type Props = { article: Article; loadAbout: () => Promise<AboutData> };

/**
 * Source, editorial changes and translator's notes, shown to readers as the data records them.
 * The notes are not needed to read, so they arrive when the reader first opens the panel.
 */
export function AboutText({ article, loadAbout }: Props) {
  const { t, i18n } = useTranslation('reader');
  const [about, setAbout] = useState<Loaded | 'failed'>();
  // The notes and the code that shows them arrive together, when the panel is first opened.
  const load = () =>
    void Promise.all([loadAbout(), import('./about-notes')]).then(
      ([data, { AboutNotes: Notes }]) => setAbout({ data, Notes }),
      () => setAbout('failed'),
    );
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <details
      className="about"
      onToggle={(event) => {
        if (event.currentTarget.open && (about === undefined || about === 'failed')) load();
      }}
    >
      <summary>{t('about.title')}</summary>
      <h3 className="small-heading">{t('about.source')}</h3>
      <p lang={language}>{article.source[language]}</p>
      <p>{t('about.headline')}</p>
      {about === 'failed' && (
        <p className="about-failed" aria-live="polite">
          {t('about.unavailable')}{' '}
          <button type="button" className="button button--small" onClick={load}>
            {t('about.retry')}
          </button>
        </p>
      )}
      {typeof about === 'object' && <about.Notes article={article} about={about.data} />}
    </details>
  );
}
