import skeleton from 'virtual:curated/article-skeleton';
import { withTexts } from './article-skeleton';
import { readArticleFromPage, type CuratedReading } from './read-from-page';

export type { CuratedReading } from './read-from-page';

/** The curated article without its paragraphs' text: enough for its id, headline, date and size. */
export const curatedSkeleton = skeleton.article;

// Read at start-up, before hydration touches the page: the prerendered reader page carries the
// texts and term marks, so only other pages (or a page from another build) fetch them.
let reading: CuratedReading | undefined =
  typeof document === 'undefined' ? undefined : readArticleFromPage(document, skeleton);
let pending: Promise<CuratedReading> | undefined;

/** The whole curated article and its term marks, if they are already here. */
export const curatedReadingNow = () => reading;

/** The whole curated article and its term marks: from the page, or fetched once. */
export function loadCuratedReading(): Promise<CuratedReading> {
  pending ??= reading
    ? Promise.resolve(reading)
    : Promise.all([
        import('virtual:curated/article-texts'),
        import('virtual:curated/annotations'),
      ]).then(([texts, annotations]) => {
        reading = {
          article: withTexts(skeleton.article, texts.default),
          annotations: annotations.default,
        };
        return reading;
      });
  return pending;
}

/** The translator's notes and editorial changes, which the reading text leaves out. */
export const loadCuratedAbout = () =>
  import('virtual:curated/article-about').then((module) => module.default);
