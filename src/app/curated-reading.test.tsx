import { describe, expect, it } from 'vitest';
import curatedArticle from 'virtual:curated/article';
import skeleton from 'virtual:curated/article-skeleton';
import curatedAnnotations from 'virtual:curated/annotations';
import { annotationChecksum } from '@/content/article-skeleton';
import { readArticleFromPage } from '@/content/read-from-page';
import { renderWithI18n } from '@/test/render';
import { ReaderRoute } from './reader-route';

const noGlossary = () => new Promise<never>(() => {});

/** The reader as the prerendered page shows it (terms marked, nothing revealed). */
async function renderReader() {
  await renderWithI18n(
    <ReaderRoute
      article={curatedArticle}
      annotations={curatedAnnotations}
      loadGlossary={noGlossary}
    />,
  );
}

const byPosition = (a: { paragraph: string; side: string; start: number }, b: typeof a) =>
  a.paragraph.localeCompare(b.paragraph) || a.side.localeCompare(b.side) || a.start - b.start;

// The reading route's texts and term marks come back from the page it prerendered.
describe('readArticleFromPage', () => {
  it('gives back the whole article and every term mark from the rendered reader', async () => {
    await renderReader();
    const read = readArticleFromPage(document, skeleton);
    // Notes and editorial changes are left to "About this text", which loads them when opened.
    expect(read?.article).toEqual({ ...curatedArticle, curations: [], notes: [] });
    expect(read?.annotations.slice().sort(byPosition)).toEqual(
      curatedAnnotations.slice().sort(byPosition),
    );
    expect(annotationChecksum(read?.annotations ?? [])).toBe(skeleton.termChecksum);
  });

  it('refuses a page whose text differs from this build by one character', async () => {
    await renderReader();
    const sentence = document.querySelector('#en-p4 .sentence');
    sentence?.append('!');
    expect(readArticleFromPage(document, skeleton)).toBeUndefined();
  });

  it('refuses a page whose term marks differ from this build', async () => {
    await renderReader();
    const term = document.querySelector<HTMLElement>('#ru-p3 a[data-term]');
    term?.replaceWith(...term.childNodes);
    expect(readArticleFromPage(document, skeleton)).toBeUndefined();
  });

  it('refuses a page without the article (another route)', () => {
    const heading = document.createElement('h1');
    heading.textContent = 'Vocabulary';
    document.body.replaceChildren(heading);
    expect(readArticleFromPage(document, skeleton)).toBeUndefined();
  });

  it('ships no paragraph text in the skeleton', () => {
    const texts = skeleton.article.paragraphs.flatMap((p) => [p.ru.text, p.en.text]);
    expect(texts.every((text) => text === '')).toBe(true);
    expect(skeleton.article.paragraphs).toHaveLength(curatedArticle.paragraphs.length);
  });
});
