import * as v from 'valibot';
import { createStore } from '@/lib/create-store';
import { notArray } from '@/lib/schema-parts';
import { storedValue } from '@/lib/storage';

const schema = notArray(
  v.object({
    showTerms: v.fallback(v.boolean(), true),
    showStress: v.fallback(v.boolean(), false),
  }),
);
export type VocabularySettings = v.InferOutput<typeof schema>;
const defaults: VocabularySettings = { showTerms: true, showStress: false };

const saved = storedValue('vocabulary-settings', schema, defaults);
const store = createStore(() => saved.read(), defaults);
// A change made in another tab shows here too, and this tab's next change builds on it.
saved.subscribe(() => store.set(saved.read()));

export const useVocabularySettings = () => store.use();

export function updateVocabularySettings(change: Partial<VocabularySettings>) {
  const next = { ...store.get(), ...change };
  store.set(next);
  saved.write(next);
}
