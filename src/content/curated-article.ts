import authored from './articles/stufft-astana-press-conference/article.json';
import { compileArticle } from './compile-article';

/** The curated article: compiled once, validated against its source by the build and the tests. */
export const curatedArticle = compileArticle(authored);
