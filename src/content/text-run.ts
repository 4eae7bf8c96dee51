import type { ReactNode } from 'react';
import type { Side } from './article-schema';

/**
 * A run of one side's text inside a sentence, as the reader renders it. Another feature (the
 * glossary) may decorate runs through a `RenderTextRun` without either knowing the other.
 */
export type TextRun = {
  paragraphId: string;
  side: Side;
  start: number;
  end: number;
  text: string;
  /** Whether controls inside the run belong in the tab order (its paragraph is the current one). */
  focusable: boolean;
};

export type RenderTextRun = (run: TextRun) => ReactNode;
