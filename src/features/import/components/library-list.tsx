import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { curatedSkeleton } from '@/content/curated-article';
import { downloadText } from '@/lib/download';
import { useLibrary } from '../hooks/use-library';
import type { LibraryRecord } from '../storage/library-records';
import { LibraryRecordMissingError } from '../storage/library-store';
import { libraryFileName, makeLibraryFile } from '../utils/library-file';
import { CuratedItem } from './curated-item';
import { DeletedNotice } from './deleted-notice';
import { LibraryFileActions, type Message } from './library-file-actions';
import { LibraryItem } from './library-item';
import { UnreadableNotice } from './unreadable-notice';

type Props = { articleHref: (id: string) => string };

const json = 'application/json';
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function download(records: readonly LibraryRecord[], title?: string) {
  const now = new Date();
  const text = `${JSON.stringify(makeLibraryFile(records, now), null, 2)}\n`;
  downloadText(libraryFileName(now, title), text, json);
}

/** The reader's articles: the curated one first, then the imported ones, newest first. */
export function LibraryList({ articleHref }: Props) {
  const { t } = useTranslation('import');
  const { library, rename, remove, undo, dismiss, importArticles } = useLibrary();
  const [message, setMessage] = useState<Message>();
  const section = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = library === 'loading' || library === 'failed' ? undefined : library;
  const records = loaded?.records ?? [];

  // Focus moves once the stored result is shown: the pressed button may be gone with its article.
  const [focusNext, setFocusNext] = useState<'undo' | 'heading' | { item: string }>();
  useEffect(() => {
    if (!focusNext) return;
    const target =
      focusNext === 'undo'
        ? undoButton.current
        : focusNext === 'heading'
          ? heading.current
          : section.current?.querySelector<HTMLElement>(
              `[data-library-item="${focusNext.item}"] .library-item-title`,
            );
    if (!target) return;
    target.focus();
    setFocusNext(undefined);
  }, [focusNext, library]);

  const failed = (error: unknown) =>
    setMessage({
      text:
        error instanceof LibraryRecordMissingError
          ? t('library.missing')
          : t('library.changeFailed', { message: errorText(error) }),
      error: true,
    });

  async function renameTo(id: string, title: string) {
    try {
      const record = await rename(id, title);
      setMessage({ text: t('library.renamed', { title: record.title }), error: false });
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  }

  async function deleteOne(id: string) {
    try {
      await remove(id);
      setMessage(undefined);
      setFocusNext('undo');
    } catch (error) {
      failed(error);
    }
  }

  async function undoDeletion() {
    const restored = loaded?.deleted ?? [];
    try {
      await undo();
      setMessage({ text: t('library.restored', { count: restored.length }), error: false });
      const first = restored[0];
      if (first) setFocusNext({ item: first.id });
    } catch (error) {
      failed(error);
    }
  }

  async function dismissDeletion() {
    try {
      await dismiss();
      setFocusNext('heading');
    } catch (error) {
      failed(error);
    }
  }

  return (
    <section ref={section} className="import-library" aria-labelledby="library-title">
      <h2 id="library-title" ref={heading} tabIndex={-1}>
        {t('library.title')}
      </h2>
      {library === 'failed' && <p role="alert">{t('library.unavailable')}</p>}
      <LibraryFileActions
        canExport={records.length > 0}
        onExportAll={() => download(records)}
        onImport={importArticles}
        onMessage={setMessage}
      />
      <p role="status" className="import-status">
        {message && !message.error ? message.text : ''}
      </p>
      {message?.error && (
        <p role="alert" className="library-error">
          {message.text}
        </p>
      )}
      <DeletedNotice
        deleted={loaded?.deleted ?? []}
        undoRef={undoButton}
        onUndo={() => void undoDeletion()}
        onDismiss={() => void dismissDeletion()}
      />
      <UnreadableNotice aside={loaded?.aside ?? []} />
      <ul className="library-items">
        <CuratedItem href={articleHref(curatedSkeleton.id)} />
        {records.map((record) => (
          <LibraryItem
            key={record.id}
            record={record}
            href={articleHref(record.id)}
            onRename={(title) => renameTo(record.id, title)}
            onExport={() => download([record], record.title)}
            onDelete={() => void deleteOne(record.id)}
          />
        ))}
      </ul>
    </section>
  );
}
