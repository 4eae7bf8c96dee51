import { describe, expect, it } from 'vitest';
import { textLanguage } from './language';

describe('textLanguage', () => {
  it.each([
    ['Переговоры в Москве', 'ru'],
    ['Talks in Moscow', 'en'],
    ['Визит Blinken в Астану', 'ru'],
    ['The Astana (Астана) summit', 'en'],
    ['2026 — №3', undefined],
  ])('%s → %s', (text, language) => {
    expect(textLanguage(text)).toBe(language);
  });
});
