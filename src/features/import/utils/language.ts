import type { Side } from '@/content/article-schema';

/** The languages the importer reads: the two sides of an article. */
export type Language = Side;
