import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { articlePath, importedArticleId, routeKey } from './paths';

const imported = '0b6c2d7e-5f1a-4c3b-9d8e-2a1b3c4d5e6f';

describe('routeKey', () => {
  it.each([
    ['/', 'reader'],
    [articlePath(curatedArticle.id), 'reader'],
    [`/ru${articlePath(curatedArticle.id)}/`, 'reader'],
    ['/import', 'import'],
    ['/ru/import/', 'import'],
    [articlePath(imported), 'imported-article'],
    [`/ru${articlePath(imported)}`, 'imported-article'],
    ['/articles/Not_An_Id', 'not-found'],
    ['/elsewhere', 'not-found'],
  ])('%s → %s', (path, key) => {
    expect(routeKey(path)).toBe(key);
  });
});

describe('importedArticleId', () => {
  it('reads the id of a library article and never the curated one', () => {
    expect(importedArticleId(`/ru${articlePath(imported)}`)).toBe(imported);
    expect(importedArticleId(articlePath(curatedArticle.id))).toBeUndefined();
  });
});
