import { createStore } from './create-store';

/** Whether a new version of the app is installed and waiting for the reader to reload. */
const updateReady = createStore<ServiceWorker | null>(() => null, null);
export const useWaitingWorker = () => updateReady.use();

/** Registers the service worker (production builds only) and watches for new versions. */
export async function registerServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js');
    const offer = (worker: ServiceWorker | null) => {
      if (worker && navigator.serviceWorker.controller) updateReady.set(worker);
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
  } catch (error) {
    console.warn('parallel-reader: offline reading is unavailable:', error);
  }
}

/** Switches to the waiting version and reloads once it has taken over. */
export function applyUpdate(worker: ServiceWorker) {
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage('skip-waiting');
}
