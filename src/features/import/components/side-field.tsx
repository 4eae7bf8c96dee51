import { useId, useRef, type DragEvent } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Side } from '@/content/article-schema';
import { acceptedFileTypes, maxSideBytes, readTextFile } from '../utils/read-text-file';

type Props = {
  side: Side;
  value: string;
  onChange: (text: string) => void;
  /** A file that could not be read, already in words; undefined clears it. */
  onFileProblem: (message: string | undefined) => void;
  describedBy?: string;
};

const megabytes = maxSideBytes / 1024 / 1024;

/** One side of the import: a textarea that also takes a dropped or opened file. */
export function SideField({ side, value, onChange, onFileProblem, describedBy }: Props) {
  const { t } = useTranslation('import');
  const id = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const lang = side === 'ru' ? 'ru' : 'en';

  async function load(file: File | undefined) {
    if (!file) return;
    const result = await readTextFile(file);
    if (result.ok) {
      onFileProblem(undefined);
      onChange(result.text);
    } else {
      onFileProblem(t(`problems.file.${result.problem}`, { name: file.name, size: megabytes }));
    }
  }

  function drop(event: DragEvent<HTMLTextAreaElement>) {
    // Dropped text falls through to the textarea's own handling; only files are read here.
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    void load(file);
  }

  return (
    <div className="import-side">
      <label htmlFor={id}>{t(`form.${side}`)}</label>
      <textarea
        id={id}
        lang={lang}
        rows={12}
        value={value}
        // A "word" of thousands of characters (a minified file, a base64 blob) makes Chromium's
        // line breaking in a textarea take minutes; breaking anywhere keeps it instant.
        data-long-words={/\S{2000}/.test(value) || undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
        onDrop={drop}
      />
      <div className="import-side-footer">
        <button
          type="button"
          className="button button--small"
          onClick={() => input.current?.click()}
        >
          {t('form.openFile')}
        </button>
        <span className="import-count">{t('form.characters', { count: value.length })}</span>
      </div>
      <p id={hintId} className="import-hint">
        {t('form.fileHint', { size: megabytes })}
      </p>
      <input
        ref={input}
        type="file"
        hidden
        accept={acceptedFileTypes}
        aria-label={`${t(`form.${side}`)}: ${t('form.openFile')}`}
        onChange={(event) => {
          void load(event.target.files?.[0]);
          event.target.value = '';
        }}
      />
    </div>
  );
}
