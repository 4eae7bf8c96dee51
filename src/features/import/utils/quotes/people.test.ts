import { describe, expect, it } from 'vitest';
import type { Language } from '../language';
import { displayName, findPeople, personId, type Person } from './people';

function people(texts: string[], language: Language) {
  const found = new Map<string, Person>();
  for (const text of texts) findPeople(text, language, found);
  return [...found.values()].map((p) => ({
    name: displayName(p, language),
    id: personId(p, language),
    gender: p.gender,
    roles: [...p.roles],
  }));
}

describe('findPeople', () => {
  it.each<
    [string, Language, string[], { name: string; id: string; gender?: string; roles: string[] }[]]
  >([
    [
      'a name after a title and a place',
      'ru',
      ['Посол США в Казахстане Джули Стаффт провела пресс-конференцию.'],
      [{ name: 'Джули Стаффт', id: 'stafft', gender: 'f', roles: ['посол'] }],
    ],
    [
      'inflected forms of one person are one person',
      'ru',
      [
        'Между президентами Дональдом Трампом и Касым-Жомартом Токаевым.',
        'Президент Трамп хочет приехать.',
      ],
      [
        { name: 'Дональд Трамп', id: 'tramp', gender: 'm', roles: ['презид'] },
        { name: 'Касым-Жомарт Токаев', id: 'tokaev', gender: 'm', roles: ['презид'] },
      ],
    ],
    ['countries are not people', 'ru', ['Соединенными Штатами и Казахстаном.'], []],
    [
      'an English name with a role, gender from a pronoun',
      'en',
      ['U.S. Ambassador to Kazakhstan Julie Stufft held a press conference at which she spoke.'],
      [{ name: 'Julie Stufft', id: 'stufft', gender: 'f', roles: ['ambass'] }],
    ],
    [
      'initials and a surname',
      'en',
      ['World Bank representative J. Wilson said.'],
      [{ name: 'J. Wilson', id: 'wilson', gender: undefined, roles: ['repres'] }],
    ],
    [
      'a titled surname',
      'en',
      ['Mr. Yamada opened it.'],
      [{ name: 'Yamada', id: 'yamada', gender: undefined, roles: [] }],
    ],
  ])('%s', (_name, language, texts, expected) => {
    expect(people(texts, language)).toEqual(expected);
  });
});
