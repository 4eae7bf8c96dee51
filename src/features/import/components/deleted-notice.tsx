import type { RefObject } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { LibraryRecord } from '../storage/library-records';

type Props = {
  deleted: readonly LibraryRecord[];
  undoRef: RefObject<HTMLButtonElement | null>;
  onUndo: () => void;
  onDismiss: () => void;
};

/**
 * "“Talks” deleted. Undo". The live region is always in the page so that screen readers
 * announce what appears in it; the message stays until the reader undoes, dismisses or changes
 * the library again, and comes back after a reload while the deletion is still undoable.
 */
export function DeletedNotice({ deleted, undoRef, onUndo, onDismiss }: Props) {
  const { t } = useTranslation('import');
  const [only] = deleted;
  return (
    <div role="status" className={deleted.length > 0 ? 'library-notice' : undefined}>
      {deleted.length > 0 && (
        <>
          <span>
            {deleted.length === 1 && only
              ? t('library.deleted', { title: only.title })
              : t('library.deletedMany', { count: deleted.length })}
          </span>{' '}
          <button ref={undoRef} type="button" className="button button--small" onClick={onUndo}>
            {t('library.undo')}
          </button>
          <button type="button" className="button button--small" onClick={onDismiss}>
            {t('library.dismiss')}
          </button>
        </>
      )}
    </div>
  );
}
