import { useCallback, useMemo } from 'react';
import type { TermAnnotation } from '@/content/validate-glossary';
import { indexAnnotations, renderTermRun, type TermRun } from '../components/term-marks';
import { useVocabularySettings } from './vocabulary-settings';

/** A text-run renderer that marks glossary terms; it changes only when the term settings do. */
export function useTermRenderer(
  headwords: Readonly<Record<string, string>>,
  annotations: readonly TermAnnotation[],
) {
  const settings = useVocabularySettings();
  const index = useMemo(() => indexAnnotations(annotations), [annotations]);
  return useCallback(
    (run: TermRun) => renderTermRun(run, headwords, index, settings),
    [headwords, index, settings],
  );
}
