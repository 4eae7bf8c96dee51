import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { sideRuns, type SentenceRun } from './side-pieces';

const paragraph = (id: string) => curatedArticle.paragraphs.find((p) => p.id === id)!;
const textOf = (runs: ReturnType<typeof sideRuns>) =>
  runs
    .map((run) => (run.kind === 'gap' ? run.text : run.pieces.map((p) => p.text).join('')))
    .join('');

describe('sideRuns', () => {
  it.each(
    curatedArticle.paragraphs.flatMap(
      (p) =>
        [
          [p.id, 'ru'],
          [p.id, 'en'],
        ] as const,
    ),
  )('reproduces %s (%s) exactly', (id, side) => {
    expect(textOf(sideRuns(paragraph(id), side))).toBe(paragraph(id)[side].text);
  });

  it('cuts a quote that spans sentences into one piece per sentence, same quote ref', () => {
    const runs = sideRuns(paragraph('p3'), 'en').filter(
      (r): r is SentenceRun => r.kind === 'sentence',
    );
    const quoted = runs.map((run) =>
      run.pieces.filter((p) => p.mark?.kind === 'quote').map((p) => p.mark?.ref),
    );
    expect(quoted).toEqual([['p3-q1'], ['p3-q1'], ['p3-q1'], ['p3-q1']]);
  });

  it('gives each sentence its group id, shared by both sides', () => {
    const groups = (side: 'ru' | 'en') =>
      sideRuns(paragraph('p10'), side).flatMap((r) => (r.kind === 'sentence' ? [r.groupId] : []));
    expect(groups('ru')).toEqual(['p10-s1', 'p10-s2']);
    expect(groups('en')).toEqual(groups('ru'));
  });

  it('separates an attribution from its quote', () => {
    const pieces = sideRuns(paragraph('p3'), 'ru').flatMap((r) =>
      r.kind === 'sentence' ? r.pieces : [],
    );
    const attribution = pieces.find((p) => p.mark?.kind === 'attribution');
    expect(attribution?.text).toBe('подчеркнула посол');
    expect(pieces.find((p) => p.mark?.kind === 'quote')?.text).not.toContain('подчеркнула');
  });
});
