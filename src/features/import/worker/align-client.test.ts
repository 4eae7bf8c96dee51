import { describe, expect, it, vi } from 'vitest';
import { createAlignClient, type WorkerLike } from './align-client';
import { handleRequest } from './handle-request';

const input = {
  ru: 'Посол прибыл в Астану.\n\nВстреча прошла хорошо.',
  en: 'The ambassador arrived in Astana.\n\nThe meeting went well.',
  title: { ru: 'Визит', en: 'Visit' },
  date: '2026',
};

/** A stand-in worker that runs the real request handler on the next tick, like a worker would. */
function fakeWorker(
  respond: (data: unknown, reply: (message: unknown) => void) => void = handleRequest,
) {
  const worker: WorkerLike & { terminated: boolean; posted: unknown[] } = {
    terminated: false,
    posted: [],
    onmessage: null,
    onerror: null,
    postMessage(data) {
      worker.posted.push(data);
      setTimeout(() =>
        respond(data, (message) => {
          if (!worker.terminated)
            worker.onmessage?.(new MessageEvent('message', { data: message }));
        }),
      );
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('createAlignClient', () => {
  it('resolves with the article and reports progress', async () => {
    const client = createAlignClient(() => fakeWorker());
    const progress: number[] = [];
    const result = await client.align(input, { onProgress: (f) => progress.push(f) });
    expect(result.article.paragraphs).toHaveLength(2);
    expect(result.confidences).toHaveLength(2);
    expect(progress.at(-1)).toBe(1);
  });

  it('cancels: terminates the worker and rejects with AbortError', async () => {
    const worker = fakeWorker(() => {}); // never answers
    const client = createAlignClient(() => worker);
    const controller = new AbortController();
    const job = client.align(input, { signal: controller.signal });
    controller.abort();
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
  });

  it('starts a fresh worker after a cancel, and a new job cancels the running one', async () => {
    const make = vi.fn(() => fakeWorker());
    const client = createAlignClient(make);
    const first = client.align(input);
    const second = client.align(input);
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(second).resolves.toHaveProperty('article');
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('rejects with the worker’s error message', async () => {
    const client = createAlignClient(() => fakeWorker());
    await expect(client.align({ ...input, en: ' ' })).rejects.toThrow('the English text is empty');
  });

  it('rejects a malformed message from the worker', async () => {
    const client = createAlignClient(() => fakeWorker((_data, reply) => reply({ type: 'done' })));
    await expect(client.align(input)).rejects.toThrow('malformed');
  });
});

describe('handleRequest', () => {
  it.each([
    ['not an object', 'hello'],
    ['no title', { type: 'align', id: 3, ru: 'а', en: 'a' }],
  ])('answers an invalid request (%s) with an error', (_name, data) => {
    const post = vi.fn();
    handleRequest(data, post);
    expect(post).toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
  });

  it('sends at most about fifty progress messages', () => {
    const post = vi.fn();
    const long = (text: string) => Array.from({ length: 300 }, () => text).join('\n\n');
    handleRequest(
      {
        type: 'align',
        id: 1,
        ...input,
        ru: long('Посол прибыл в Астану.'),
        en: long('The ambassador arrived.'),
      },
      post,
    );
    const progress = post.mock.calls.filter(([m]) => m.type === 'progress');
    expect(progress.length).toBeLessThanOrEqual(52);
    expect(post.mock.calls.at(-1)?.[0]).toMatchObject({ type: 'done', id: 1 });
  });
});
