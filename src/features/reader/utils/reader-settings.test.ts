import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  defaultReaderSettings,
  readerSettingsSchema,
  stepFontSize,
  viewFromSearch,
} from './reader-settings';

describe('reader settings', () => {
  it('defaults to both columns, 18 px, normal spacing, system theme', () => {
    expect(defaultReaderSettings).toEqual({
      view: 'both',
      swapped: false,
      fontSize: 18,
      lineSpacing: 'normal',
      theme: 'system',
    });
  });

  it('keeps the valid fields of a partly damaged record', () => {
    expect(
      v.parse(readerSettingsSchema, { view: 'ru', fontSize: 999, theme: 'neon', swapped: 'yes' }),
    ).toEqual({
      ...defaultReaderSettings,
      view: 'ru',
    });
  });

  it.each([
    ['?view=interleaved', 'interleaved'],
    ['?lng=ru&view=en', 'en'],
    ['?view=sideways', undefined],
    ['', undefined],
  ])('reads the view from %s', (search, expected) => {
    expect(viewFromSearch(search)).toBe(expected);
  });

  it.each<[number, 1 | -1, number]>([
    [18, 1, 20],
    [18, -1, 16],
    [14, -1, 14],
    [28, 1, 28],
  ])('steps font size %i by %i to %i', (from, direction, to) => {
    expect(stepFontSize(from, direction)).toBe(to);
  });
});
