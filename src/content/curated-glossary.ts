/** The whole glossary (notes, grammar, occurrences) loads when first needed. */
export const loadCuratedGlossary = () =>
  import('virtual:curated/glossary').then((module) => module.default);
