import { Suspense, useEffect } from 'react';
import { loadVocabulary } from '@/features/vocabulary/storage/vocabulary-store';
import { registerServiceWorker } from '@/lib/service-worker';
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
    void loadVocabulary();
    void registerServiceWorker();
    // A public hook for tests and tools: the page is interactive from here on (after the update
    // that follows hydration, bringing in the reader's own settings, has been painted).
    // The mark lets the benchmark tell what the route needs from what it prefetches when idle.
    requestAnimationFrame(() =>
      setTimeout(() => {
        document.documentElement.dataset.ready = 'true';
        performance.mark('parallel-reader:ready');
      }),
    );
    // Once, on start-up.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return null;
}

export function App({ onReady }: Props) {
  return (
    <Suspense fallback={null}>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <AppRoutes />
      </main>
      <UpdateNotice />
      <StartUp onReady={onReady} />
    </Suspense>
  );
}
