import { describe, expect, it } from 'vitest';
import { checkSides, scriptShare } from './check-sides';
import { maxSideBytes } from './read-text-file';

const ru = 'Министр заявил журналистам, что переговоры продолжатся на следующей неделе.';
const en = 'The minister told reporters that the talks would continue next week.';

describe('scriptShare', () => {
  it.each([
    [ru, 'ru', 1],
    [en, 'en', 1],
    [en, 'ru', 0],
    ['2024 — 15 %', 'ru', 1],
    ['Глава Apple', 'ru', 0.5],
  ] as const)('%s read as %s', (text, side, share) => {
    expect(scriptShare(text, side)).toBeCloseTo(share);
  });
});

describe('checkSides', () => {
  it('passes a translation pair', () => {
    expect(checkSides({ ru, en })).toEqual({ errors: [], lengthMismatch: false });
  });

  it.each([
    [{ ru: '  \n', en }, [{ side: 'ru', kind: 'empty' }]],
    [{ ru, en: '' }, [{ side: 'en', kind: 'empty' }]],
    [{ ru: en, en }, [{ side: 'ru', kind: 'script' }]],
    [
      { ru: en, en: ru },
      [
        { side: 'ru', kind: 'script' },
        { side: 'en', kind: 'script' },
      ],
    ],
    [{ ru: 'я'.repeat(maxSideBytes), en }, [{ side: 'ru', kind: 'tooLarge' }]],
  ])('case %#', (texts, errors) => {
    expect(checkSides(texts).errors).toEqual(errors);
  });

  it('warns when one side is more than three times longer', () => {
    expect(checkSides({ ru: `${ru} `.repeat(4), en }).lengthMismatch).toBe(true);
    expect(checkSides({ ru: `${ru} `.repeat(2), en }).lengthMismatch).toBe(false);
  });
});
