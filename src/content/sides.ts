/** The two languages of every article (apart from the schema, which brings zod with it). */
export const sides = ['ru', 'en'] as const;
export type Side = (typeof sides)[number];
