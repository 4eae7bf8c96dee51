import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';

type Props = { title: string; onSave: (title: string) => void; onCancel: () => void };

/** Inline rename: Enter saves, Escape cancels, an empty title is refused with a message. */
export function RenameForm({ title, onSave, onCancel }: Props) {
  const { t } = useTranslation('import');
  const [value, setValue] = useState(title);
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const ids = { input: useId(), error: useId() };

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  return (
    <form
      className="library-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (!value.trim()) {
          setEmpty(true);
          input.current?.focus();
          return;
        }
        onSave(value.trim());
      }}
    >
      <label htmlFor={ids.input}>{t('library.newTitle', { title })}</label>
      <div className="library-rename-row">
        <input
          ref={input}
          id={ids.input}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setEmpty(false);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            onCancel();
          }}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? ids.error : undefined}
        />
        <button type="submit" className="button button--small">
          {t('library.save')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
      {empty && (
        <p id={ids.error} role="alert" className="library-error">
          {t('library.emptyTitle')}
        </p>
      )}
    </form>
  );
}
