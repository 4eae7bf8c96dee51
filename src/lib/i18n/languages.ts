import * as z from 'zod/mini';

export const languages = ['en', 'ru'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
export const defaultLanguage: Language = 'en';

/** Maps a BCP 47 tag such as "ru-RU" or "en-GB" to a supported language, if any. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = languageSchema.safeParse(base);
  return parsed.success ? parsed.data : undefined;
}
