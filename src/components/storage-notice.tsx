import { useState } from 'react';
import { useTranslation } from '@/lib/i18n/use-translation';
import { downloadText } from '@/lib/download';
import {
  allSetAside,
  setAsideFile,
  useStorageHealth,
  type StorageHealth,
} from '@/lib/storage-health';
import './notices.css';

/**
 * Tells the reader, without getting in the way, what the browser's storage could not do: keep
 * words at all, keep settings, open while another tab holds an old version, or read some saved
 * items, which it offers as a file so nothing is lost.
 */
export function StorageNotice() {
  const { t } = useTranslation();
  const health = useStorageHealth();
  const [dismissed, setDismissed] = useState<StorageHealth>();
  const setAside = allSetAside(health);
  const lines = [
    health.blocked && t('storage.blocked'),
    health.unavailable.has('vocabulary') && t('storage.vocabularyUnavailable'),
    health.unavailable.has('settings') && t('storage.settingsUnavailable'),
  ].filter((line): line is string => typeof line === 'string');
  if (dismissed === health || (lines.length === 0 && setAside.length === 0)) return null;

  const download = () =>
    downloadText(
      `parallel-reader-set-aside-${new Date().toISOString().slice(0, 10)}.json`,
      setAsideFile(setAside),
      'application/json',
    );

  return (
    <section className="storage-notice" role="status" aria-label={t('storage.label')}>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {setAside.length > 0 && <li>{t('storage.setAside', { count: setAside.length })}</li>}
      </ul>
      {setAside.length > 0 && (
        <button type="button" className="button button--small" onClick={download}>
          {t('storage.download')}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => setDismissed(health)}>
        {t('storage.dismiss')}
      </button>
    </section>
  );
}
