import type { GlossaryPair } from '../utils/anchors';
import { type AlignResult, workerMessageSchema } from './messages';

/** The part of `Worker` the client uses, so tests can pass a stand-in. */
export type WorkerLike = {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type AlignInput = {
  ru: string;
  en: string;
  title: { ru: string; en: string };
  date?: string;
  glossary?: readonly GlossaryPair[];
};

export type AlignOptions = {
  onProgress?: (fraction: number) => void;
  /** Aborting cancels the job: the worker is terminated and the promise rejects (AbortError). */
  signal?: AbortSignal;
};

const createWorker = (): WorkerLike =>
  new Worker(new URL('./align.worker.ts', import.meta.url), { type: 'module' });

const abortError = () => new DOMException('the alignment was cancelled', 'AbortError');

/**
 * Runs imports in a Web Worker. One job at a time: starting a new one cancels the one running.
 * Cancelling terminates the worker (alignment is one long computation that cannot be
 * interrupted otherwise); the next job starts a fresh one.
 */
export function createAlignClient(makeWorker: () => WorkerLike = createWorker) {
  let worker: WorkerLike | undefined;
  let nextId = 1;
  let cancelRunning: (() => void) | undefined;

  function stop() {
    worker?.terminate();
    worker = undefined;
  }

  function align(input: AlignInput, options: AlignOptions = {}): Promise<AlignResult> {
    cancelRunning?.();
    const id = nextId++;
    return new Promise<AlignResult>((resolve, reject) => {
      if (options.signal?.aborted) return reject(abortError());
      const active = (worker ??= makeWorker());
      const finish = () => {
        cancelRunning = undefined;
        options.signal?.removeEventListener('abort', onAbort);
        active.onmessage = null;
        active.onerror = null;
      };
      const onAbort = () => {
        finish();
        stop();
        reject(abortError());
      };
      cancelRunning = onAbort;
      options.signal?.addEventListener('abort', onAbort);
      active.onerror = (event) => {
        finish();
        stop();
        reject(new Error(`the alignment worker failed: ${event.message}`));
      };
      active.onmessage = (event) => {
        const message = workerMessageSchema.safeParse(event.data);
        if (!message.success) {
          finish();
          return reject(new Error('the alignment worker sent a malformed message'));
        }
        if (message.data.id !== id) return; // from a job cancelled before
        if (message.data.type === 'progress') return options.onProgress?.(message.data.fraction);
        finish();
        if (message.data.type === 'done') resolve(message.data.result);
        else reject(new Error(message.data.message));
      };
      active.postMessage({ type: 'align', id, ...input });
    });
  }

  function dispose() {
    cancelRunning?.();
    stop();
  }

  return { align, dispose };
}
