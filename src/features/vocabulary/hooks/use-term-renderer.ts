import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Glossary } from '@/content/glossary-schema';
import type { TermAnnotation } from '@/content/validate-glossary';
import { indexAnnotations, renderTermRun, type TermRun } from '../components/term-marks';
import { useVocabularySettings } from './vocabulary-settings';

type Stress = (words: string, entry: string) => string;

/**
 * Stress marks once they are asked for: they need the glossary's headwords and the stress rules,
 * which the reading route does not load before then.
 */
function useStress(loadGlossary: () => Promise<Glossary>, wanted: boolean) {
  const [stress, setStress] = useState<{ mark: Stress }>();
  useEffect(() => {
    if (!wanted || stress) return;
    let live = true;
    // Without the glossary the terms stay marked, only without stress; nothing else depends on it.
    void Promise.all([loadGlossary(), import('../utils/stressed-form')]).then(
      ([glossary, { stressedForm }]) => {
        const headwords = new Map(glossary.entries.map((entry) => [entry.id, entry.headword]));
        const mark: Stress = (words, entry) => stressedForm(words, headwords.get(entry) ?? '');
        if (live) setStress({ mark });
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, stress, loadGlossary]);
  return stress?.mark;
}

/** A text-run renderer that marks glossary terms; it changes only when the term settings do. */
export function useTermRenderer(
  annotations: readonly TermAnnotation[],
  loadGlossary: () => Promise<Glossary>,
) {
  const settings = useVocabularySettings();
  const stress = useStress(loadGlossary, settings.showStress);
  const index = useMemo(() => indexAnnotations(annotations), [annotations]);
  return useCallback(
    (run: TermRun) => renderTermRun(run, stress, index, settings),
    [stress, index, settings],
  );
}
