import { useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import type { Article } from '@/content/article-schema';
import type { Glossary } from '@/content/glossary-schema';
import { downloadText } from '@/lib/download';
import {
  readAllReviews,
  replaceAll,
  useVocabulary,
  vocabularyState,
} from '../storage/vocabulary-store';
import { ankiTsv } from '../utils/anki-export';
import { makeBackup, parseBackup } from '../utils/backup';

const maxBackupBytes = 20 * 1024 * 1024;
const today = () => new Date().toISOString().slice(0, 10);

/** Anki export of my words, a JSON backup of all progress, and restoring one. */
export function ExportPanel({ glossary, article }: { glossary: Glossary; article: Article }) {
  const { t, i18n } = useTranslation('vocabulary');
  const state = useVocabulary();
  const [message, setMessage] = useState<{ text: string; error: boolean }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const words = state.status === 'ready' ? state.words : new Map();

  const exportAnki = () => {
    const entries = glossary.entries.filter((entry) => words.has(entry.id));
    if (entries.length === 0) return setMessage({ text: t('export.ankiEmpty'), error: true });
    downloadText(
      `parallel-reader-words-${today()}.tsv`,
      ankiTsv(entries, article),
      'text/tab-separated-values;charset=utf-8',
    );
    setMessage(undefined);
  };

  const exportBackup = async () => {
    const current = vocabularyState();
    if (current.status !== 'ready') return;
    const { reviews } = await readAllReviews();
    const backup = makeBackup({
      words: [...current.words.values()],
      cards: [...current.cards],
      reviews,
    });
    downloadText(
      `parallel-reader-backup-${today()}.json`,
      `${JSON.stringify(backup, null, 2)}\n`,
      'application/json',
    );
  };

  const restore = async (file: File) => {
    if (file.size > maxBackupBytes)
      return setMessage({ text: t('export.problems.tooLarge'), error: true });
    const parsed = parseBackup(
      await file.text(),
      new Set(glossary.entries.map((entry) => entry.id)),
    );
    if (!parsed.ok)
      return setMessage({
        text: t(`export.problems.${parsed.problem}`, { detail: parsed.detail ?? '' }),
        error: true,
      });
    const { backup } = parsed;
    const date = new Date(backup.exportedAt).toLocaleString(i18n.language);
    if (
      !window.confirm(
        t('export.restoreConfirm', {
          date,
          words: backup.words.length,
          reviews: backup.reviews.length,
        }),
      )
    )
      return;
    try {
      await replaceAll(backup.words, backup.cards, backup.reviews);
      setMessage({
        text: t('export.restored', {
          words: backup.words.length,
          cards: backup.cards.length,
          reviews: backup.reviews.length,
        }),
        error: false,
      });
    } catch (error) {
      setMessage({
        text: t('export.problems.failed', {
          detail: error instanceof Error ? error.message : String(error),
        }),
        error: true,
      });
    }
  };

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <div className="export-actions">
        <button type="button" className="button" onClick={exportAnki}>
          {t('export.anki')}
        </button>
        <button
          type="button"
          className="button"
          disabled={state.status !== 'ready'}
          onClick={() => void exportBackup()}
        >
          {t('export.backup')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('export.restore')}
        </button>
        <input
          ref={fileInput}
          id={inputId}
          hidden
          aria-label={t('export.restore')}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void restore(file);
          }}
        />
      </div>
      <p className="hint">{t('export.ankiHint')}</p>
      <p
        role={message?.error ? 'alert' : 'status'}
        className={message?.error ? 'message message--error' : 'message'}
      >
        {message?.text}
      </p>
    </section>
  );
}
