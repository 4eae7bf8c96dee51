import { buildArticle } from '../utils/build-article';
import { alignRequestSchema, type WorkerMessage } from './messages';

/** At most this many progress messages per job: enough for a smooth bar, few enough to be free. */
const progressSteps = 50;

/**
 * What the worker does with one message: parse it, build the article with progress, and answer
 * with the result or an error. Kept apart from the worker's global scope so it can be tested.
 */
export function handleRequest(data: unknown, post: (message: WorkerMessage) => void): void {
  const request = alignRequestSchema.safeParse(data);
  if (!request.success) {
    const id =
      typeof data === 'object' && data && 'id' in data && typeof data.id === 'number' ? data.id : 0;
    post({
      type: 'error',
      id,
      message: `invalid request: ${request.error.issues[0]?.message ?? ''}`,
    });
    return;
  }
  const { id, ru, en, title, date, glossary } = request.data;
  let reported = -1;
  try {
    const built = buildArticle({
      ru,
      en,
      title,
      date,
      glossary,
      onProgress: (fraction) => {
        const step = Math.floor(fraction * progressSteps);
        if (step === reported) return;
        reported = step;
        post({ type: 'progress', id, fraction: Math.min(1, Math.max(0, fraction)) });
      },
    });
    post({ type: 'done', id, result: built });
  } catch (error) {
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}
