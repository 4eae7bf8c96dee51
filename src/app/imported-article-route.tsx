import { useEffect, useState } from 'react';
import type { LibraryRecord } from '@/features/import/storage/library-records';
import { getLibraryArticle } from '@/features/import/storage/library-store';
import { ReaderPage } from '@/features/reader/components/reader-page';
import { NotFound } from './not-found';

/** An imported article in the reader: read from IndexedDB on the client, without glossary marks. */
export function ImportedArticleRoute({ id }: { id: string }) {
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
  if (record === null) return <NotFound />;
  return <ReaderPage article={record.article} />;
}
