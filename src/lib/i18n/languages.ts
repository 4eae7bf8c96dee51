import * as v from 'valibot';

export const languages = ['en', 'ru'] as const;
export const languageSchema = v.picklist(languages);
export type Language = v.InferOutput<typeof languageSchema>;
export const defaultLanguage: Language = 'en';

/** Maps a BCP 47 tag such as "ru-RU" or "en-GB" to a supported language, if any. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = v.safeParse(languageSchema, base);
  return parsed.success ? parsed.output : undefined;
}
