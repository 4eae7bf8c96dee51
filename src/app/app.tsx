import { Suspense } from 'react';
import { AppHeader } from './app-header';
import { AppRoutes } from './routes';

export function App() {
  return (
    <Suspense fallback={null}>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <AppRoutes />
      </main>
    </Suspense>
  );
}
