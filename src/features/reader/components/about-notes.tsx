import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import type { AboutData } from './about-text';

/** The editorial changes and translator's notes, each linked to its paragraph. */
export function AboutNotes({ article, about }: { article: Article; about: AboutData }) {
  const { t, i18n } = useTranslation('reader');
  const language = i18n.language === 'ru' ? 'ru' : 'en';
  const numberOf = (paragraphId: string) =>
    article.paragraphs.findIndex((p) => p.id === paragraphId) + 1;
  const textOf = (paragraphId: string, side: 'ru' | 'en', span: { start: number; end: number }) =>
    article.paragraphs.find((p) => p.id === paragraphId)?.[side].text.slice(span.start, span.end) ??
    '';
  return (
    <>
      {about.curations.length > 0 && (
        <>
          <h3 className="small-heading">{t('about.curations')}</h3>
          <ul>
            {about.curations.map((curation) => (
              <li key={curation.id}>
                {t('about.curationJoin', {
                  first: curation.sourceParagraphs[0],
                  second: curation.sourceParagraphs[1],
                  paragraph: numberOf(curation.paragraph),
                })}{' '}
                <span lang={language}>{curation.reason[language]}</span>{' '}
                <a href={`#${curation.paragraph}`}>
                  {t('about.goToParagraph', { paragraph: numberOf(curation.paragraph) })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {about.notes.length > 0 && (
        <>
          <h3 className="small-heading">{t('about.notes')}</h3>
          <ol className="notes">
            {about.notes.map((note) => (
              <li key={note.id} id={`note-${note.id}`}>
                <p className="note-terms">
                  <span lang="ru">{textOf(note.paragraph, 'ru', note.ru)}</span>
                  {' → '}
                  <span lang="en">{textOf(note.paragraph, 'en', note.en)}</span>{' '}
                  <a href={`#${note.paragraph}`}>
                    {t('about.noteIn', { paragraph: numberOf(note.paragraph) })}
                  </a>
                </p>
                <p lang={language}>{note.text[language]}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
