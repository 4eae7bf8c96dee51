import type { ReactNode } from 'react';
import type { Side } from '@/content/article-schema';
import type { TextRun as TermRun } from '@/content/text-run';
import type { TermAnnotation } from '@/content/validate-glossary';
import type { VocabularySettings } from '../hooks/vocabulary-settings';

export type { TextRun as TermRun } from '@/content/text-run';

export type AnnotationIndex = ReadonlyMap<string, readonly TermAnnotation[]>;

export const annotationKey = (paragraphId: string, side: Side) => `${paragraphId}:${side}`;

export function indexAnnotations(annotations: readonly TermAnnotation[]): AnnotationIndex {
  const index = new Map<string, TermAnnotation[]>();
  for (const annotation of annotations) {
    const key = annotationKey(annotation.paragraph, annotation.side);
    index.set(
      key,
      [...(index.get(key) ?? []), annotation].sort((a, b) => a.start - b.start),
    );
  }
  return index;
}

/**
 * Marks glossary terms inside a run of article text: each becomes a link to its vocabulary entry
 * carrying `data-term` (entry id, same on both sides) and `data-term-occurrence` (pairs the two
 * sides). A term cut by a sentence or quote boundary is marked in each piece.
 */
export function renderTermRun(
  run: TermRun,
  /** Puts an entry's stress on a form of it; undefined until loaded, when words show unstressed. */
  stress: ((words: string, entry: string) => string) | undefined,
  index: AnnotationIndex,
  settings: VocabularySettings,
): ReactNode {
  const annotations = index.get(annotationKey(run.paragraphId, run.side)) ?? [];
  const inside = annotations.filter((a) => a.start < run.end && run.start < a.end);
  if (!settings.showTerms || inside.length === 0) return run.text;
  const nodes: ReactNode[] = [];
  let at = run.start;
  for (const annotation of inside) {
    const from = Math.max(annotation.start, run.start);
    const to = Math.min(annotation.end, run.end);
    if (from > at) nodes.push(run.text.slice(at - run.start, from - run.start));
    const words = run.text.slice(from - run.start, to - run.start);
    nodes.push(
      <a
        key={from}
        className="term"
        href={`/vocabulary#${annotation.entry}`}
        data-term={annotation.entry}
        data-term-occurrence={annotation.occurrence}
        tabIndex={run.focusable ? 0 : -1}
      >
        {settings.showStress && run.side === 'ru' && stress
          ? stress(words, annotation.entry)
          : words}
      </a>,
    );
    at = to;
  }
  if (at < run.end) nodes.push(run.text.slice(at - run.start));
  return nodes;
}
