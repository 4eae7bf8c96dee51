import { useRef } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { ImportOutcome } from '../storage/library-store';
import type { LibraryRecord } from '../storage/library-records';
import { maxLibraryFileBytes, parseLibraryFile } from '../utils/library-file';
import { describeFileProblem, describeOutcome } from '../utils/library-messages';
import { readBytes } from '../utils/read-text-file';

export type Message = { text: string; error: boolean };

type Props = {
  canExport: boolean;
  onExportAll: () => void;
  onImport: (records: readonly LibraryRecord[]) => Promise<ImportOutcome>;
  onMessage: (message: Message) => void;
};

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Export the whole library, or add the articles of a library file to it. */
export function LibraryFileActions({ canExport, onExportAll, onImport, onMessage }: Props) {
  const { t } = useTranslation('import');
  const fileInput = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    const fail = (text: string) => onMessage({ text, error: true });
    // A file far too large is refused before it is read into memory.
    let bytes: Uint8Array | undefined;
    if (file.size <= maxLibraryFileBytes) {
      try {
        bytes = await readBytes(file);
      } catch (error) {
        return fail(
          t('library.file.problems.readFailed', { name: file.name, message: errorText(error) }),
        );
      }
    }
    const parsed = bytes
      ? parseLibraryFile(bytes)
      : ({ ok: false, problem: { kind: 'tooLarge' } } as const);
    if (!parsed.ok) return fail(describeFileProblem(t, file.name, parsed.problem));
    try {
      const outcome = await onImport(parsed.file.articles);
      onMessage({ text: describeOutcome(t, outcome), error: false });
    } catch (error) {
      fail(
        `${t('library.file.problems.saveFailed', { message: errorText(error) })} ${t('library.file.nothingImported')}`,
      );
    }
  }

  return (
    <div className="library-file-actions">
      <button type="button" className="button" disabled={!canExport} onClick={onExportAll}>
        {t('library.exportAll')}
      </button>
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        {t('library.importFile')}
      </button>
      <input
        ref={fileInput}
        hidden
        type="file"
        aria-label={t('library.importFile')}
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
    </div>
  );
}
