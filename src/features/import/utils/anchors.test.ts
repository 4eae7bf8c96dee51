import { describe, expect, it } from 'vitest';
import { anchorKeys, createAnchorInterner, sharedCount, unionSorted } from './anchors';

const shared = (
  ru: string,
  en: string,
  glossary = [{ ru: ['совет мир'], en: ['board of peace'] }],
) => {
  const ruKeys = anchorKeys(ru, 'ru', glossary);
  return [...anchorKeys(en, 'en', glossary)].filter((key) => ruKeys.has(key)).sort();
};

describe('anchorKeys', () => {
  it.each([
    [
      'numbers across notations',
      'более 3 000 граждан в 2024⁄25 году',
      'more than 3,000 citizens in 2024–25',
      ['n:2024-25', 'n:3000'],
    ],
    ['decimals', 'рост на 3,5%', 'growth of 3.5%', ['n:3.5']],
    [
      'inflected names',
      'между Дональдом Трампом и Токаевым',
      'between Donald Trump and Tokayev',
      ['w:dnld', 'w:tkv', 'w:trmp'],
    ],
    [
      'a Latin word inside Russian',
      'кампании «Свобода-250» (Freedom 250)',
      'the Freedom 250 campaign',
      ['n:250', 'w:frdm'],
    ],
    [
      'a place and the adjective made from it',
      'Казахстанская сторона и Министерство',
      'Kazakhstan and the Ministry',
      ['w:kshst', 'w:mnstr'],
    ],
    ['a glossary pair, ё-insensitive', 'в Совете мира', 'on the Board of Peace', ['g:0']],
    ['nothing shared', 'Она отметила это.', 'She noted it.', []],
  ])('%s', (_name, ru, en, expected) => {
    expect(shared(ru, en)).toEqual(expected);
  });

  it('skips capitalised function words in English', () => {
    expect([...anchorKeys('The President and His team', 'en')]).toEqual(['w:prsdn']);
  });
});

describe('sorted anchor arrays', () => {
  const intern = createAnchorInterner();
  const a = intern(['x', 'y', 'z']);
  const b = intern(['y', 'w']);
  it('interns the same key to the same id', () => {
    expect(intern(['z'])[0]).toBe(a[2]);
  });
  it('gives numbers even ids and other anchors odd ones', () => {
    expect([...intern(['n:5', 'w:trmp'])].map((id) => id % 2)).toEqual([0, 1]);
  });
  it('counts shared anchors', () => {
    expect(sharedCount(a, b)).toBe(1);
  });
  it('unites without duplicates', () => {
    expect([...unionSorted(a, b)]).toEqual([1, 3, 5, 7]);
  });
});
