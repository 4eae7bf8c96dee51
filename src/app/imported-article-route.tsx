// First, so zod is configured before the library's schemas are built (see the module).
import '@/lib/zod-config';
import { useEffect, useState } from 'react';
import type { Article } from '@/content/article-schema';
import type { LibraryRecord } from '@/features/import/storage/library-records';
import { getLibraryArticle } from '@/features/import/storage/library-store';
import { NotFound } from './not-found';
import { ReaderRoute } from './reader-route';
import { useArticleTerms } from './use-article-terms';

/** An imported article in the reader, read from IndexedDB on the client, with the glossary's terms. */
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
  return <ImportedReader article={record.article} />;
}

function ImportedReader({ article }: { article: Article }) {
  const { annotations, loadGlossary } = useArticleTerms(article);
  return <ReaderRoute article={article} annotations={annotations} loadGlossary={loadGlossary} />;
}
