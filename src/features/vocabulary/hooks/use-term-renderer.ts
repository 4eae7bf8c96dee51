import { useCallback, useMemo } from 'react';
import type { Glossary } from '@/content/glossary-schema';
import type { TermAnnotation } from '@/content/validate-glossary';
import { indexAnnotations, renderTermRun, type TermRun } from '../components/term-marks';
import { useVocabularySettings } from './vocabulary-settings';

/** A text-run renderer that marks glossary terms; it changes only when the term settings do. */
export function useTermRenderer(glossary: Glossary, annotations: readonly TermAnnotation[]) {
  const settings = useVocabularySettings();
  const index = useMemo(() => indexAnnotations(annotations), [annotations]);
  return useCallback(
    (run: TermRun) => renderTermRun(run, glossary, index, settings),
    [glossary, index, settings],
  );
}
