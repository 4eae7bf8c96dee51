import { describe, expect, it } from 'vitest';
import { languageFromPath, localizedPath, stripLanguagePrefix } from './language-path';

describe('language in the path', () => {
  it.each([
    ['/', undefined, '/', '/', '/ru/'],
    ['/ru/', 'ru', '/', '/', '/ru/'],
    ['/ru', 'ru', '/', '/', '/ru/'],
    ['/ru/vocabulary', 'ru', '/vocabulary', '/vocabulary', '/ru/vocabulary'],
    ['/rules', undefined, '/rules', '/rules', '/ru/rules'],
    ['/articles/x', undefined, '/articles/x', '/articles/x', '/ru/articles/x'],
  ])('%s', (path, language, bare, english, russian) => {
    expect(languageFromPath(path)).toBe(language);
    expect(stripLanguagePrefix(path)).toBe(bare);
    expect(localizedPath(path, 'en')).toBe(english);
    expect(localizedPath(path, 'ru')).toBe(russian);
  });
});
