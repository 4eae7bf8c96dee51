import { useEffect, useState } from 'react';

/**
 * Runs `callback` once the browser has painted the next frame (a task queued from the frame's
 * animation callback runs after its paint). Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * `value`, but a change reaches the caller only after the next paint: for work the change makes
 * that nobody can see in that frame, so that it does not delay the frame that shows the change.
 */
export function useValueAfterNextPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => setShown(value));
  }, [value, shown]);
  return shown;
}
