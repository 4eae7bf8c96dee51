import { describe, expect, it } from 'vitest';
import { buildArticle } from '../utils/build-article';
import { parseLibraryRecord } from './library-records';

const { article } = buildArticle({
  ru: 'Министр заявил, что переговоры продолжатся.',
  en: 'The minister said the talks would continue.',
  title: { ru: 'Переговоры', en: 'Talks' },
  id: 'talks',
});

describe('stored library records', () => {
  it('migrates the version 1 shape to version 2 without changing its content', () => {
    // Exactly what version 1 of the app wrote (before deletion with undo existed).
    const v1 = {
      v: 1,
      id: 'talks',
      title: 'Talks',
      createdAt: '2026-01-01T12:00:00.000Z',
      article,
    };
    expect(parseLibraryRecord(v1)).toEqual({ ok: true, value: { ...v1, v: 2 } });
  });

  it('reads version 2 with and without a deletion mark', () => {
    const v2 = { v: 2, id: 'talks', title: 'Talks', createdAt: '2026-01-01T12:00:00Z', article };
    expect(parseLibraryRecord(v2)).toEqual({ ok: true, value: v2 });
    const deleted = { ...v2, deletedAt: '2026-01-02T12:00:00Z' };
    expect(parseLibraryRecord(deleted)).toEqual({ ok: true, value: deleted });
  });

  it('says which field is wrong, whatever the version', () => {
    const v1 = { v: 1, id: 'talks', title: ' ', createdAt: '2026-01-01T12:00:00Z', article };
    expect(parseLibraryRecord(v1)).toMatchObject({ ok: false, reason: /^title:/ });
    const v2 = { v: 2, id: 'talks', title: 'Talks', createdAt: 'now', article };
    expect(parseLibraryRecord(v2)).toMatchObject({ ok: false, reason: /^createdAt:/ });
    expect(parseLibraryRecord({ v: 7 })).toMatchObject({ ok: false, reason: /^v:/ });
    expect(parseLibraryRecord('text')).toMatchObject({ ok: false });
  });
});
