import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRecord } from '@/features/import/storage/library-records';
import { getLibraryArticle } from '@/features/import/storage/library-store';
import { ReaderPage } from '@/features/reader/components/reader-page';
import { Link } from '@/lib/router';

/** An imported article in the reader: read from IndexedDB on the client, without glossary marks. */
export function ImportedArticleRoute({ id }: { id: string }) {
  const { t } = useTranslation('reader');
  const [record, setRecord] = useState<LibraryRecord | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    getLibraryArticle(id).then(
      (found) => live && setRecord(found ?? null),
      () => live && setRecord(null),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (record === undefined) return null;
  if (record === null)
    return (
      <section className="not-found" aria-labelledby="not-found-title">
        <h1 id="not-found-title">{t('notFound.title')}</h1>
        <p>{t('notFound.body')}</p>
        <Link href="/">{t('notFound.home')}</Link>
      </section>
    );
  return <ReaderPage article={record.article} />;
}
