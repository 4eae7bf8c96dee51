import { compileGlossary } from './compile-glossary';
import { curatedArticle } from './curated-article';
import authored from './articles/stufft-astana-press-conference/glossary.json';
import { termAnnotations } from './validate-glossary';

/** The glossary of the curated article, with its occurrences located in both texts. */
export const curatedGlossary = compileGlossary(authored, curatedArticle);
export const curatedAnnotations = termAnnotations(curatedGlossary);
