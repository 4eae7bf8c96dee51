import { describe, expect, it } from 'vitest';
import { sameOriginScriptUrl } from './trusted-types';

describe('sameOriginScriptUrl', () => {
  const base = 'https://reader.example/ru/?view=both';
  it.each([
    ['/sw.js', 'https://reader.example/sw.js'],
    ['/assets/align.worker-abc.js', 'https://reader.example/assets/align.worker-abc.js'],
    ['assets/x.js', 'https://reader.example/ru/assets/x.js'],
  ])('lets the app’s own %s through', (input, expected) => {
    expect(sameOriginScriptUrl(input, base)).toBe(expected);
  });

  it.each([
    'https://evil.example/x.js',
    '//evil.example/x.js',
    'javascript:alert(1)',
    'data:text/javascript,alert(1)',
  ])('blocks %s', (input) => {
    expect(() => sameOriginScriptUrl(input, base)).toThrow(TypeError);
  });
});
