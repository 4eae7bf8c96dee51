import { useTranslation } from '@/lib/i18n/use-translation';
import { applyUpdate, useWaitingWorker } from '@/lib/service-worker';

/** Tells the reader a new version is ready; nothing reloads until they choose to. */
export function UpdateNotice() {
  const { t } = useTranslation('common');
  const worker = useWaitingWorker();
  if (!worker) return null;
  return (
    <div className="update-notice" role="status">
      <span>{t('update.ready')}</span>
      <button type="button" className="button button--small" onClick={() => applyUpdate(worker)}>
        {t('update.reload')}
      </button>
    </div>
  );
}
