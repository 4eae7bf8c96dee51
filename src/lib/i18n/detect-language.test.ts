import { describe, expect, it } from 'vitest';
import { detectLanguage, type LanguageSignals } from './detect-language';

const none: LanguageSignals = { search: '', saved: undefined, browser: [] };

describe('detectLanguage', () => {
  it.each<[string, Partial<LanguageSignals>, string]>([
    ['defaults to English', {}, 'en'],
    ['takes the browser language', { browser: ['ru-RU', 'en'] }, 'ru'],
    ['skips unsupported browser languages', { browser: ['de-DE', 'ru'] }, 'ru'],
    ['prefers the saved choice to the browser', { saved: 'en', browser: ['ru'] }, 'en'],
    ['prefers the URL to the saved choice', { search: '?lng=ru', saved: 'en' }, 'ru'],
    ['accepts a regional tag in the URL', { search: '?view=both&lng=en-GB', saved: 'ru' }, 'en'],
    ['ignores an unsupported URL value', { search: '?lng=xx', saved: 'ru' }, 'ru'],
    ['ignores an empty URL value', { search: '?lng=', browser: ['ru'] }, 'ru'],
    ['takes Russian from a /ru/ path', { pathname: '/ru/', saved: 'en' }, 'ru'],
    ['prefers ?lng to the path', { pathname: '/ru/', search: '?lng=en' }, 'en'],
  ])('%s', (_name, signals, expected) => {
    expect(detectLanguage({ ...none, ...signals })).toBe(expected);
  });
});
