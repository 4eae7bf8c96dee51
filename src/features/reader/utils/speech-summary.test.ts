import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import { quotePairs, speakerCounts } from './speech-summary';

describe('speech summary of the curated article', () => {
  it('lists every direct quote once, in order, with both languages', () => {
    const pairs = quotePairs(curatedArticle);
    expect(pairs.map((q) => q.ref)).toEqual(['p3-q1', 'p6-q1', 'p8-q1', 'p8-q2', 'p11-q1']);
    expect(pairs[0]?.ru).toMatch(/^Для меня нет другой страны.*Казахстан, … США были первым/);
    expect(pairs[0]?.en).toMatch(
      /^For me, there is no country.*Kazakhstan, … The United States was/,
    );
  });

  it('counts quotes and reported statements per speaker', () => {
    const counts = speakerCounts(curatedArticle);
    expect(counts.get('stufft')).toEqual({ quotes: 5, reported: 7 });
    expect(counts.get('trump')).toEqual({ quotes: 0, reported: 1 });
  });
});
