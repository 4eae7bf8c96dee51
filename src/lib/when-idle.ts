/**
 * Runs `callback` once the browser is idle, or after `timeout` ms at the latest (a timer where
 * there is no requestIdleCallback). Returns a function that cancels it.
 */
export function whenIdle(callback: () => void, timeout: number): () => void {
  if (window.requestIdleCallback) {
    const id = window.requestIdleCallback(callback, { timeout });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(callback, Math.min(timeout, 1500));
  return () => window.clearTimeout(id);
}
