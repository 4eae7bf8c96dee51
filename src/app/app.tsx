import { Suspense, useEffect } from 'react';
import { PageSettings } from '@/features/reader/hooks/use-reader-settings';
import { afterNextPaint } from '@/lib/after-next-paint';
import { rememberLanguageForFirstPaint } from '@/lib/i18n/i18n';
import { registerServiceWorker } from '@/lib/service-worker';
import { whenIdle } from '@/lib/when-idle';
import { AppHeader } from './app-header';
import { AppRoutes } from './routes';
import { UpdateNotice } from './update-notice';

type Props = {
  /** Runs once the page's content is rendered (or hydrated) and committed. */
  onReady?: () => void;
};

/**
 * Start-up work. It sits inside the Suspense boundary on purpose: a boundary hydrates after its
 * parent commits, and a language switch before then would not match the prerendered text.
 */
function StartUp({ onReady }: Props) {
  useEffect(() => {
    onReady?.();
    // The saved words (the header's due count, a term card's "saved") are not needed to read:
    // their database code loads once the page is idle.
    const loadWords = () =>
      void import('@/features/vocabulary/storage/vocabulary-store').then((m) => m.loadVocabulary());
    whenIdle(loadWords, 1000);
    void registerServiceWorker();
    // A public hook for tests and tools: the page is interactive from here on (after the update
    // that follows hydration, bringing in the reader's own settings, has been painted).
    // The mark lets the benchmark tell what the route needs from what it prefetches when idle.
    afterNextPaint(() => {
      document.documentElement.dataset.ready = 'true';
      performance.mark('parallel-reader:ready');
      rememberLanguageForFirstPaint();
    });
    // Once, on start-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

export function App({ onReady }: Props) {
  return (
    <>
      <PageSettings />
      <Suspense fallback={null}>
        <AppHeader />
        <main id="main" tabIndex={-1}>
          <AppRoutes />
        </main>
        <UpdateNotice />
        <StartUp onReady={onReady} />
      </Suspense>
    </>
  );
}
