import article from 'virtual:curated/article';

/** The curated article, compiled and validated against its source at build time. */
export const curatedArticle = article;
