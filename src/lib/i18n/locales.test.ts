import { describe, expect, it } from 'vitest';
import { languages } from './languages';

const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    flatten(child, prefix ? `${prefix}.${key}` : key),
  );
}

function namespaceOf(path: string) {
  const match = /locales\/(\w+)\/(\w+)\.json$/.exec(path);
  if (!match?.[1] || !match[2]) throw new Error(`Unexpected locale path ${path}`);
  return { language: match[1], namespace: match[2] };
}

const byLanguage = new Map<string, Map<string, Record<string, unknown>>>();
for (const [path, texts] of Object.entries(files)) {
  const { language, namespace } = namespaceOf(path);
  const namespaces = byLanguage.get(language) ?? new Map();
  namespaces.set(namespace, texts);
  byLanguage.set(language, namespaces);
}

describe('interface texts', () => {
  it('exist for every supported language and the same namespaces', () => {
    expect([...byLanguage.keys()].sort()).toEqual([...languages].sort());
    const [first, ...rest] = languages.map((l) => [...(byLanguage.get(l)?.keys() ?? [])].sort());
    for (const other of rest) expect(other).toEqual(first);
  });

  const reference = byLanguage.get('en') ?? new Map<string, Record<string, unknown>>();
  for (const namespace of reference.keys()) {
    it(`have the same keys in every language (${namespace})`, () => {
      const keysOf = (language: string) =>
        [
          ...new Set(
            flatten(byLanguage.get(language)?.get(namespace)).map((k) =>
              k.replace(pluralSuffix, ''),
            ),
          ),
        ].sort();
      for (const language of languages) expect(keysOf(language)).toEqual(keysOf('en'));
    });

    it(`have every plural form each language needs (${namespace})`, () => {
      for (const language of languages) {
        const keys = flatten(byLanguage.get(language)?.get(namespace));
        const plurals = new Set(
          keys.filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')),
        );
        const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
        for (const base of plurals) {
          for (const category of categories)
            expect(keys, `${language}: ${base}`).toContain(`${base}_${category}`);
        }
      }
    });

    it(`have no empty texts (${namespace})`, () => {
      for (const language of languages) {
        const texts = byLanguage.get(language)?.get(namespace);
        for (const key of flatten(texts)) {
          const value = key
            .split('.')
            .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
          expect(
            typeof value === 'string' && value.trim().length > 0,
            `${language}/${namespace}: ${key}`,
          ).toBe(true);
        }
      }
    });
  }
});
