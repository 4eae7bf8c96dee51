import type { Language } from './languages';

type Namespace = Record<string, unknown>;

// One lazy chunk per language and namespace: a reader downloads only the interface language in use.
const loaders = import.meta.glob<Namespace>('../../../locales/*/*.json', { import: 'default' });

export const namespaces = ['common', 'reader', 'vocabulary', 'import'] as const;
export type NamespaceName = (typeof namespaces)[number];

/**
 * Loaded with the app: what the reader shows (the header's links and due count and the term
 * toggles are in `common`). Others load with their pages, or the term card, when first shown.
 */
export const startupNamespaces: readonly NamespaceName[] = ['common', 'reader'];

export async function loadNamespace(language: Language, namespace: string): Promise<Namespace> {
  const load = loaders[`../../../locales/${language}/${namespace}.json`];
  if (!load) throw new Error(`No interface texts for ${language}/${namespace}`);
  return load();
}
