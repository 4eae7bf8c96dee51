import { describe, expect, it } from 'vitest';
import { extractNumbers } from './numbers';

describe('extractNumbers', () => {
  it.each<[string, 'ru' | 'en', string[]]>([
    ['более 3 000 граждан', 'ru', ['3000']],
    ['more than 3,000 citizens', 'en', ['3000']],
    ['в 2024⁄25 учебном году', 'ru', ['2024-25']],
    ['in the 2024–25 academic year', 'en', ['2024-25']],
    ['250-ю годовщину, «Свобода-250»', 'ru', ['250']],
    ['the 250th anniversary', 'en', ['250']],
    ['За неполные 35 лет', 'ru', ['35']],
    ['рост на 3,5 процента', 'ru', ['3.5']],
    ['growth of 3.5 percent', 'en', ['3.5']],
    ['1 000 000 тенге', 'ru', ['1000000']],
    ['в 2026 году 100 американцев', 'ru', ['2026', '100']],
    ['no numbers here', 'en', []],
  ])('%s (%s)', (text, language, expected) => {
    expect([...extractNumbers(text, language)].sort()).toEqual(expected.sort());
  });
});
