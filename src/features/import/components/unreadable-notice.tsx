import { useTranslation } from '@/lib/i18n/use-translation';
import { downloadText } from '@/lib/download';
import type { SetAside } from '../storage/library-records';
import { libraryFileName, unreadableFile } from '../utils/library-file';

/** Stored articles that could not be read: said, and offered as they are, never dropped. */
export function UnreadableNotice({ aside }: { aside: readonly SetAside[] }) {
  const { t } = useTranslation('import');
  if (aside.length === 0) return null;
  const download = () =>
    downloadText(
      libraryFileName(new Date(), 'unreadable'),
      unreadableFile(aside),
      'application/json',
    );
  return (
    <div className="library-aside">
      <p>{t('library.aside', { count: aside.length })}</p>
      <button type="button" className="button button--small" onClick={download}>
        {t('library.downloadAside', { count: aside.length })}
      </button>
    </div>
  );
}
