import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeAppDb, openAppDb } from '@/lib/db';
import { buildArticle } from '../utils/build-article';
import type { LibraryRecord } from './library-records';
import {
  deleteArticle,
  finishDeletions,
  getLibraryArticle,
  importRecords,
  loadLibrary,
  renameArticle,
  restoreArticle,
  saveToLibrary,
} from './library-store';

const { article } = buildArticle({
  ru: 'Министр заявил, что переговоры продолжатся.',
  en: 'The minister said the talks would continue.',
  title: { ru: 'Переговоры', en: 'Talks' },
});

const stored = async (id: string) => (await openAppDb()).get('articles', id);
const count = async () => (await openAppDb()).count('articles');

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
    expect(older.v).toBe(2);
    expect(older.article.id).toBe(older.id);
    const { records, aside, deleted } = await loadLibrary();
    expect(records.map((record) => record.title)).toEqual(['Talks again', 'Talks']);
    expect(aside).toEqual([]);
    expect(deleted).toEqual([]);
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

  it('reads a record a newer app wrote (v3) as set aside, not lost', async () => {
    const db = await openAppDb();
    await db.put('articles', { v: 3, id: 'future' }, 'future');
    const { aside } = await loadLibrary();
    expect(aside.map((entry) => entry.key)).toEqual(['future']);
    expect(aside[0]?.reason).toMatch(/^v:/);
  });
});

describe('renaming', () => {
  it('changes the title and the headline the reader shows, in the stored record', async () => {
    const saved = await saveToLibrary('Talks', article);
    const renamed = await renameArticle(saved.id, '  Переговоры в Москве ');
    expect(renamed.title).toBe('Переговоры в Москве');
    expect(renamed.article.headline).toEqual({
      ru: 'Переговоры в Москве',
      en: 'Переговоры в Москве',
    });
    expect(await getLibraryArticle(saved.id)).toEqual(renamed);
    expect({ ...renamed, title: saved.title, article: saved.article }).toEqual(saved);
  });

  it('refuses an empty title and an unknown article, changing nothing', async () => {
    const saved = await saveToLibrary('Talks', article);
    await expect(renameArticle(saved.id, ' \n ')).rejects.toThrow(/empty/);
    await expect(renameArticle('no-such-article', 'Name')).rejects.toThrow(/no article/);
    expect(await stored(saved.id)).toEqual(saved);
    expect(await count()).toBe(1);
  });
});

describe('deleting with undo', () => {
  it('hides a deleted article but keeps it restorable, exactly as it was', async () => {
    const saved = await saveToLibrary('Talks', article);
    const deleted = await deleteArticle(saved.id, new Date('2026-03-01T10:00:00Z'));
    expect(deleted.deletedAt).toBe('2026-03-01T10:00:00.000Z');
    const library = await loadLibrary();
    expect(library.records).toEqual([]);
    expect(library.deleted).toEqual([deleted]);
    expect(await getLibraryArticle(saved.id)).toBeUndefined();

    // A reload in the undo window: a new connection still finds it.
    await closeAppDb();
    expect((await loadLibrary()).deleted.map((record) => record.id)).toEqual([saved.id]);

    await restoreArticle(saved.id);
    expect(await stored(saved.id)).toEqual(saved);
    expect((await loadLibrary()).records).toEqual([saved]);
  });

  it('removes deleted articles for good when the undo window closes', async () => {
    const kept = await saveToLibrary('Kept', article);
    const gone = await saveToLibrary('Gone', article);
    await deleteArticle(gone.id);
    expect(await finishDeletions()).toBe(1);
    expect(await stored(gone.id)).toBeUndefined();
    expect(await stored(kept.id)).toEqual(kept);
    await expect(restoreArticle(gone.id)).rejects.toThrow(/no article/);
    expect(await finishDeletions()).toBe(0);
  });

  it('neither deletes a deleted article twice nor restores a live one', async () => {
    const saved = await saveToLibrary('Talks', article);
    await expect(restoreArticle(saved.id)).rejects.toThrow(/no article/);
    await deleteArticle(saved.id);
    await expect(deleteArticle(saved.id)).rejects.toThrow(/no article/);
  });
});

describe('importing records', () => {
  const record = (id: string, title: string): LibraryRecord => ({
    v: 2,
    id,
    title,
    createdAt: '2026-01-01T00:00:00.000Z',
    article: { ...article, id },
  });

  it('adds new articles, skips identical ones and copies different ones under a new id', async () => {
    const existing = record('talks', 'Talks');
    await importRecords([existing]);
    const outcome = await importRecords(
      [record('talks', 'Talks'), record('talks', 'Other talks'), record('summit', 'Summit')],
      () => 'copy-1',
    );
    expect(outcome).toEqual({ imported: 2, skipped: 1, copied: 1 });
    expect(await stored('talks')).toEqual(existing);
    expect(await stored('summit')).toEqual(record('summit', 'Summit'));
    expect(await stored('copy-1')).toEqual(record('copy-1', 'Other talks'));
    expect(await count()).toBe(3);
  });

  it('never overwrites a record it cannot read, and drops a deletion mark', async () => {
    const db = await openAppDb();
    await db.put('articles', { v: 1, garbage: true }, 'talks');
    const incoming = { ...record('talks', 'Talks'), deletedAt: '2026-01-02T00:00:00.000Z' };
    expect(await importRecords([incoming], () => 'copy-1')).toEqual({
      imported: 1,
      skipped: 0,
      copied: 1,
    });
    expect(await stored('talks')).toEqual({ v: 1, garbage: true });
    expect(await stored('copy-1')).toEqual(record('copy-1', 'Talks'));
  });

  it('writes all or nothing: a failure half-way leaves the library unchanged', async () => {
    await importRecords([record('talks', 'Talks')]);
    const failing = () => {
      throw new Error('no ids left');
    };
    await expect(
      importRecords([record('summit', 'Summit'), record('talks', 'Different')], failing),
    ).rejects.toThrow('no ids left');
    expect(await stored('summit')).toBeUndefined();
    expect(await count()).toBe(1);
  });
});
