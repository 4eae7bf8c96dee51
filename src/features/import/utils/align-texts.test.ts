import { describe, expect, it } from 'vitest';
import { alignTexts } from './align-texts';

const shapes = (ru: string[], en: string[]) =>
  alignTexts(ru, en).map((p) => ({
    paragraphs: `${p.sources.ru.length}:${p.sources.en.length}`,
    sentences: p.links.map((l) => `${l.ru.length}:${l.en.length}`).join(' '),
  }));

describe('alignTexts', () => {
  it.each([
    [
      'parallel paragraphs',
      ['Посол прибыл в Астану.', 'Встреча прошла хорошо. Стороны довольны.'],
      ['The ambassador arrived in Astana.', 'The meeting went well. Both sides are pleased.'],
      [
        { paragraphs: '1:1', sentences: '1:1' },
        { paragraphs: '1:1', sentences: '1:1 1:1' },
      ],
    ],
    [
      'a Russian paragraph broken mid-sentence',
      [
        'Переговоры в Астане, которые продолжались весь день и завершились поздно вечером, прошли в конструктивной',
        'атмосфере.',
      ],
      [
        'The talks in Astana, which went on all day and ended late in the evening, were held in a constructive atmosphere.',
      ],
      [{ paragraphs: '2:1', sentences: '1:1' }],
    ],
    [
      'a heading on the Russian side only',
      ['Итоги визита', 'Посол прибыл в Астану в 2026 году и провел переговоры.'],
      ['The ambassador arrived in Astana in 2026 and held talks.'],
      [
        { paragraphs: '1:0', sentences: '1:0' },
        { paragraphs: '1:1', sentences: '1:1' },
      ],
    ],
    [
      'a sentence the translation splits in two',
      ['Посол прибыл в Астану в 2026 году, а затем провел переговоры с министром иностранных дел.'],
      [
        'The ambassador arrived in Astana in 2026.',
        'She then held talks with the foreign minister.',
      ]
        .join(' ')
        .split('\n'),
      [{ paragraphs: '1:1', sentences: '1:2' }],
    ],
  ])('%s', (_name, ru, en, expected) => {
    expect(shapes(ru, en)).toEqual(expected);
  });

  it('reports progress from 0 towards 1', () => {
    const seen: number[] = [];
    alignTexts(['Один.', 'Два.'], ['One.', 'Two.'], { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(Math.max(...seen)).toBeLessThanOrEqual(1);
  });
});
