import { z } from 'zod';
import { createStore } from '@/lib/create-store';
import { storedValue } from '@/lib/storage';

const schema = z.object({
  showTerms: z.boolean().catch(true),
  showStress: z.boolean().catch(false),
});
export type VocabularySettings = z.infer<typeof schema>;
const defaults: VocabularySettings = { showTerms: true, showStress: false };

const saved = storedValue('vocabulary-settings', schema, defaults);
const store = createStore(() => saved.read(), defaults);

export const useVocabularySettings = () => store.use();

export function updateVocabularySettings(change: Partial<VocabularySettings>) {
  const next = { ...store.get(), ...change };
  store.set(next);
  saved.write(next);
}
