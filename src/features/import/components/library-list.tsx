import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { curatedArticle } from '@/content/curated-article';
import { Link } from '@/lib/router';
import { loadLibrary, type Library } from '../storage/library-store';

type Props = { articleHref: (id: string) => string };

/** The reader's articles: the curated one first, then the imported ones, newest first. */
export function LibraryList({ articleHref }: Props) {
  const { t, i18n } = useTranslation('import');
  const [library, setLibrary] = useState<Library | 'failed' | null>(null);
  const language = i18n.language === 'ru' ? 'ru' : 'en';

  useEffect(() => {
    let live = true;
    loadLibrary().then(
      (loaded) => live && setLibrary(loaded),
      () => live && setLibrary('failed'),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="import-library" aria-labelledby="library-title">
      <h2 id="library-title">{t('library.title')}</h2>
      {library === 'failed' && <p role="alert">{t('library.unavailable')}</p>}
      <ul>
        <li>
          <Link href={articleHref(curatedArticle.id)}>{curatedArticle.headline[language]}</Link>{' '}
          <span className="import-hint">{t('library.curated')}</span>
        </li>
        {library !== 'failed' &&
          library?.records.map((record) => (
            <li key={record.id}>
              <Link href={articleHref(record.id)}>{record.title}</Link>
            </li>
          ))}
      </ul>
      {library !== 'failed' && library && library.aside.length > 0 && (
        <p>{t('library.aside', { count: library.aside.length })}</p>
      )}
    </section>
  );
}
