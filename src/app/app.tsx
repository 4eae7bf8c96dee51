import { Suspense, useEffect } from 'react';
import { loadVocabulary } from '@/features/vocabulary/storage/vocabulary-store';
import { AppHeader } from './app-header';
import { AppRoutes } from './routes';

export function App() {
  useEffect(() => {
    void loadVocabulary();
  }, []);
  return (
    <Suspense fallback={null}>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <AppRoutes />
      </main>
    </Suspense>
  );
}
