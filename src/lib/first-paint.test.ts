import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module (it remembers what it last wrote) with `caches` as given. */
async function load(caches: unknown) {
  vi.resetModules();
  vi.stubGlobal('caches', caches);
  return import('./first-paint');
}

function fakeCaches() {
  const stored = new Map<string, string>();
  const put = vi.fn(async (key: string, response: Response) => {
    stored.set(key, await response.text());
  });
  return { stored, put, caches: { open: vi.fn(async () => ({ put })) } };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('rememberForFirstPaint', () => {
  it('stores the settings where the service worker reads them, once per change', async () => {
    const fake = fakeCaches();
    const { rememberForFirstPaint } = await load(fake.caches);
    await rememberForFirstPaint('reader', { theme: 'dark', fontSize: '24' });
    await rememberForFirstPaint('reader', { theme: 'dark', fontSize: '24' });
    expect(fake.caches.open).toHaveBeenCalledWith('parallel-reader-preferences');
    expect(fake.put).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fake.stored.get('/first-paint-preferences') ?? '')).toEqual({
      theme: 'dark',
      fontSize: '24',
    });
    await rememberForFirstPaint('reader', {});
    expect(fake.stored.get('/first-paint-preferences')).toBe('{}');
  });

  it('keeps the interface language with the reader’s settings, each part replacing its own', async () => {
    const fake = fakeCaches();
    const { rememberForFirstPaint } = await load(fake.caches);
    const stored = () => JSON.parse(fake.stored.get('/first-paint-preferences') ?? '') as unknown;
    await rememberForFirstPaint('interface', { language: 'ru' });
    await rememberForFirstPaint('reader', { theme: 'dark', view: 'ru' });
    expect(stored()).toEqual({ language: 'ru', theme: 'dark', view: 'ru' });
    await rememberForFirstPaint('reader', { view: 'en' });
    expect(stored()).toEqual({ language: 'ru', view: 'en' });
    await rememberForFirstPaint('interface', {});
    expect(stored()).toEqual({ view: 'en' });
  });

  it('tries again next time when storing fails', async () => {
    const fake = fakeCaches();
    fake.put.mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    const { rememberForFirstPaint } = await load(fake.caches);
    await rememberForFirstPaint('reader', { theme: 'light' });
    await rememberForFirstPaint('reader', { theme: 'light' });
    expect(fake.put).toHaveBeenCalledTimes(2);
  });
});

describe('clearFirstPaintAttributes', () => {
  it('removes what only the first paint needed, and keeps the theme', async () => {
    const { clearFirstPaintAttributes } = await load(undefined);
    const root = document.createElement('html');
    root.setAttribute('data-theme', 'dark');
    root.setAttribute('data-first-font-size', '24');
    root.setAttribute('data-first-line-spacing', 'relaxed');
    root.setAttribute('data-first-view', 'ru');
    clearFirstPaintAttributes(root);
    expect(root.getAttributeNames()).toEqual(['data-theme']);
  });
});
