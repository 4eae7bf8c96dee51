import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAppDb, openAppDb } from '@/lib/db';
import { buildArticle } from '../utils/build-article';
import { getLibraryArticle, loadLibrary, saveToLibrary } from './library-store';

const { article } = buildArticle({
  ru: 'Министр заявил, что переговоры продолжатся.',
  en: 'The minister said the talks would continue.',
  title: { ru: 'Переговоры', en: 'Talks' },
});

beforeEach(async () => {
  await closeAppDb();
  globalThis.indexedDB = new IDBFactory();
});

describe('library store', () => {
  it('saves an article under a fresh id and reads it back, newest first', async () => {
    const older = await saveToLibrary(' Talks ', article, new Date('2026-01-01T00:00:00Z'));
    const newer = await saveToLibrary('Talks again', article, new Date('2026-02-01T00:00:00Z'));
    expect(older.id).not.toBe(newer.id);
    expect(older.title).toBe('Talks');
    expect(older.article.id).toBe(older.id);
    const { records, aside } = await loadLibrary();
    expect(records.map((record) => record.title)).toEqual(['Talks again', 'Talks']);
    expect(aside).toEqual([]);
    expect(await getLibraryArticle(older.id)).toEqual(older);
  });

  it('sets a damaged record aside with its reason and keeps it stored', async () => {
    const saved = await saveToLibrary('Talks', article);
    const db = await openAppDb();
    const broken = { v: 1, id: 'broken', title: 'Broken', createdAt: 'yesterday', article: {} };
    await db.put('articles', broken, 'broken');
    const { records, aside } = await loadLibrary();
    expect(records.map((record) => record.id)).toEqual([saved.id]);
    expect(aside).toHaveLength(1);
    expect(aside[0]?.key).toBe('broken');
    expect(aside[0]?.reason).toMatch(/createdAt/);
    expect(await db.get('articles', 'broken')).toEqual(broken);
    expect(await getLibraryArticle('broken')).toBeUndefined();
  });
});
