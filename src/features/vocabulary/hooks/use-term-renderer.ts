import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Glossary } from '@/content/glossary-schema';
import type { TermAnnotation } from '@/content/validate-glossary';
import { indexAnnotations, renderTermRun, type TermRun } from '../components/term-marks';
import { useVocabularySettings } from './vocabulary-settings';

/**
 * The headwords (with their stress marks) once stress is asked for: they come with the glossary,
 * which the reading route does not need before then.
 */
function useHeadwords(loadGlossary: () => Promise<Glossary>, wanted: boolean) {
  const [glossary, setGlossary] = useState<Glossary>();
  useEffect(() => {
    if (!wanted || glossary) return;
    let live = true;
    // Without the glossary the terms stay marked, only without stress; nothing else depends on it.
    void loadGlossary().then(
      (loaded) => live && setGlossary(loaded),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [wanted, glossary, loadGlossary]);
  return useMemo(
    () =>
      glossary && Object.fromEntries(glossary.entries.map((entry) => [entry.id, entry.headword])),
    [glossary],
  );
}

/** A text-run renderer that marks glossary terms; it changes only when the term settings do. */
export function useTermRenderer(
  annotations: readonly TermAnnotation[],
  loadGlossary: () => Promise<Glossary>,
) {
  const settings = useVocabularySettings();
  const headwords = useHeadwords(loadGlossary, settings.showStress);
  const index = useMemo(() => indexAnnotations(annotations), [annotations]);
  return useCallback(
    (run: TermRun) => renderTermRun(run, headwords, index, settings),
    [headwords, index, settings],
  );
}
