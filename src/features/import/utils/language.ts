import type { Side } from '@/content/article-schema';

/** The languages the importer reads: the two sides of an article. */
export type Language = Side;

/**
 * The language a short text (an article's title) is mostly written in, for its `lang`
 * attribute; undefined when it has no Cyrillic or Latin letters to tell by.
 */
export function textLanguage(text: string): Language | undefined {
  const ru = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const en = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (ru + en === 0) return undefined;
  return ru > en ? 'ru' : 'en';
}
