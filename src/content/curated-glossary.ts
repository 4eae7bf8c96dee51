import content from 'virtual:curated/annotations';

/** Where the glossary's terms stand in the curated article, and their headwords: enough to mark them. */
export const curatedAnnotations = content.annotations;
export const curatedHeadwords: Readonly<Record<string, string>> = content.headwords;

/** The whole glossary (notes, grammar, occurrences) loads when first needed. */
export const loadCuratedGlossary = () =>
  import('virtual:curated/glossary').then((module) => module.default);
