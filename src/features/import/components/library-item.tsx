import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { dateTimeFormat } from '@/lib/intl-formats';
import { Link } from '@/lib/router';
import type { LibraryRecord } from '../storage/library-records';
import { textLanguage } from '../utils/language';
import { RenameForm } from './rename-form';

type Props = {
  record: LibraryRecord;
  href: string;
  onRename: (title: string) => Promise<boolean>;
  onExport: () => void;
  onDelete: () => void;
};

/** One imported article: its title (user text, rendered as text), date, size and actions. */
export function LibraryItem({ record, href, onRename, onExport, onDelete }: Props) {
  const { t, i18n } = useTranslation('import');
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const { title } = record;
  const date = dateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(record.createdAt),
  );

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    renameButton.current?.focus();
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <li className="library-item" data-library-item={record.id}>
      <div className="library-item-text">
        {editing ? (
          <RenameForm
            title={title}
            onCancel={close}
            onSave={(next) => void onRename(next).then((done) => done && close())}
          />
        ) : (
          <Link href={href} className="library-item-title" lang={textLanguage(title)}>
            {title}
          </Link>
        )}
        <p className="import-hint">
          <time dateTime={record.createdAt}>{t('library.added', { date })}</time>
          {' · '}
          {t('library.paragraphs', { count: record.article.paragraphs.length })}
        </p>
      </div>
      {!editing && (
        <div
          className="library-item-actions"
          role="group"
          aria-label={t('library.actionsLabel', { title })}
        >
          <button
            ref={renameButton}
            type="button"
            className="button button--small"
            aria-label={t('library.renameLabel', { title })}
            onClick={() => setEditing(true)}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('library.exportLabel', { title })}
            onClick={onExport}
          >
            {t('library.export')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('library.deleteLabel', { title })}
            onClick={onDelete}
          >
            {t('library.delete')}
          </button>
        </div>
      )}
    </li>
  );
}
